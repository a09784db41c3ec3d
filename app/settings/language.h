#pragma once

#include <QString>

namespace seatsim {

// "en" or "de": the languages SeatSim speaks.
bool isSupportedLanguage(const QString& language);
// The language SeatSim speaks. --lang wins, then the saved choice, then the
// system locale.
QString chooseLanguage(const QString& commandLineChoice);
void saveLanguage(const QString& language);
// Loads SeatSim's and Qt's own translations for `language` into the application.
void installTranslations(const QString& language);
// The language installed by installTranslations(), for texts that carry both languages
// (strategy titles and summaries).
QString currentLanguage();
// The language of strategy titles and explanations: the one the program speaks.
QString strategyLanguage();

} // namespace seatsim
