#include "dialogs/helpdialog.h"
#include "common/version.h"

#include "settings/language.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace seatsim {

HelpDialog::HelpDialog(const QList<StrategyScript>& strategies, QWidget* parent)
    : QDialog(parent) {
    setObjectName(u"helpDialog"_s);
    setWindowTitle(tr("SeatSim guide"));
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(u"helpBrowser"_s);
    m_browser->setOpenExternalLinks(true);
    m_browser->setHtml(guideHtml(strategies));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(820, 680);
}

QString HelpDialog::guideHtml(const QList<StrategyScript>& strategies) {
    const auto p = [](const QString& text) {
        return u"<p>%1</p>\n"_s.arg(text.toHtmlEscaped());
    };
    QString html;
    html += u"<h1>%1</h1>\n"_s.arg(tr("SeatSim: concurrent seat reservations").toHtmlEscaped());
    html += u"<h2>%1</h2>\n"_s.arg(tr("The exercise").toHtmlEscaped());
    html += p(tr("Eight seminar groups offer 40 seats (4, 4, 5, 5, 4, 10, 5 and 3). A reservation "
                 "reads the free seats of a group, writes seats − 1 and registers the user. "
                 "Several workers reserve at the same time, each on its own connection to a "
                 "real PostgreSQL server."));
    html += p(tr("After every run SeatSim audits the tables: free + occupied must equal 40, and "
                 "no group may have more registrations than seats. When two workers read the "
                 "same number and both write it back minus one, one booking is lost (a lost "
                 "update): the sum drifts away from 40 and groups are overbooked."));
    html += u"<h2>%1</h2>\n<ol>\n"_s.arg(tr("In the lecture").toHtmlEscaped());
    for (const QString& step :
         {tr("Pick a broken strategy (red button) and press Space: watch free + occupied leave "
             "the capacity line and the banner turn red."),
          tr("Pick a transactional strategy (green button) and press Space again: the sum holds "
             "at 40. Deadlocks, serialization failures and retries show what safety costs."),
          tr("Think time widens the race window between reading and writing; more workers make "
             "collisions more likely. The same seed repeats the same users and groups."),
          tr("F11 switches to projector mode: full screen, large type, thick lines."),
          tr("Compare strategies… runs several strategies a few times each with the same seeds "
             "and shows how often each one broke the database: the slide for the end."),
          tr("New strategy… opens an editor with the naive script: write your own reserve_seat, "
             "save it, and it joins the selector. Open strategy file… runs a file a student "
             "hands in.")})
        html += u"<li>%1</li>\n"_s.arg(step.toHtmlEscaped());
    html += u"</ol>\n"_s;
    html += u"<h2>%1</h2>\n"_s.arg(tr("Strategy scripts").toHtmlEscaped());
    html += p(tr("A strategy is a script in pgbench's language: SQL ending in ';', \\set, \\gset, "
                 "\\if/\\elif/\\else/\\endif and \\sleep, with :variables. A script is the "
                 "body of the exercise's reserve_seat(conn, user_id, session_id): before every "
                 "reservation SeatSim draws :user_id and :session_id (and :session2_id for a "
                 "second session) and also sets :sessions and :think_ms; the script sets "
                 ":reserved to the seats it booked (unset or 0 means False). "
                 "A try that fails with a deadlock (40P01) or a serialization failure (40001) "
                 "is rolled back and repeated, up to Max tries."));
    html += u"<h2>%1</h2>\n"_s.arg(tr("The strategies").toHtmlEscaped());
    const QString lang = currentLanguage();
    for (const StrategyScript& strategy : strategies) {
        const QString kind = strategy.kind() == StrategyScript::Kind::Broken ? tr("✗ broken")
                             : strategy.kind() == StrategyScript::Kind::Safe ? tr("✓ safe")
                                                                             : tr("own script");
        html += u"<h3>%1 <small>(%2, %3)</small></h3>\n"_s.arg(strategy.title(lang).toHtmlEscaped(),
                                                               strategy.id().toHtmlEscaped(),
                                                               kind.toHtmlEscaped());
        for (const QString& paragraph : strategy.summary(lang).split(u"\n\n"_s))
            html += p(paragraph);
    }
    return html;
}

void HelpDialog::applyTheme(const Theme& theme) {
    m_browser->setFont(theme.font(1.05));
}

QString aboutText(const QString& serverVersion, const QString& serverDescription) {
    QString text = HelpDialog::tr("<h2>SeatSim %1</h2>"
                                  "<p>Concurrent seat reservations on a real PostgreSQL server, "
                                  "for the lecture hall.</p>")
                       .arg(QCoreApplication::applicationVersion().isEmpty()
                                ? QStringLiteral(SEATSIM_VERSION)
                                : QCoreApplication::applicationVersion());
    text += HelpDialog::tr("<p>Qt %1 (built with %2)</p>")
                .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
    if (!serverVersion.isEmpty())
        text += HelpDialog::tr("<p>PostgreSQL %1 — %2</p>")
                    .arg(serverVersion.toHtmlEscaped(), serverDescription.toHtmlEscaped());
    else
        text += HelpDialog::tr("<p>Not connected to a PostgreSQL server.</p>");
    return text;
}

} // namespace seatsim
