#include "settings/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace seatsim {

namespace {
QString g_language = u"en"_s;
} // namespace

bool isSupportedLanguage(const QString& language) {
    return language == u"en" || language == u"de";
}

QString chooseLanguage(const QString& commandLineChoice) {
    if (isSupportedLanguage(commandLineChoice))
        return commandLineChoice;
    const QString saved = QSettings().value(u"language"_s).toString();
    if (isSupportedLanguage(saved))
        return saved;
    return QLocale().language() == QLocale::German ? u"de"_s : u"en"_s;
}

void saveLanguage(const QString& language) {
    if (isSupportedLanguage(language))
        QSettings().setValue(u"language"_s, language);
}

void installTranslations(const QString& language) {
    g_language = isSupportedLanguage(language) ? language : u"en"_s;
    // Numbers and dates in the program's language ("0,8 s" beside German words), unless the
    // system's locale already speaks it (a British system keeps its own dates in English).
    const bool germanSystem = QLocale::system().language() == QLocale::German;
    if (g_language == u"de")
        QLocale::setDefault(germanSystem ? QLocale::system() : QLocale(QLocale::German));
    else
        QLocale::setDefault(germanSystem ? QLocale(QLocale::English) : QLocale::system());
    if (g_language == u"en")
        return;
    auto* own = new QTranslator(QCoreApplication::instance());
    if (own->load(u":/i18n/seatsim_"_s + g_language + u".qm"_s))
        QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(u"qtbase_"_s + g_language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

QString currentLanguage() {
    return g_language;
}

QString strategyLanguage() {
    return currentLanguage();
}

} // namespace seatsim
