#pragma once

#include "script/strategyscript.h"
#include "style/theme.h"

#include <QDialog>

class QTextBrowser;

namespace seatsim {

// A short guide: the exercise, how to run the lecture, and the strategies in the catalogue
// (their titles and explanations come from the script headers, in the language SeatSim speaks).
class HelpDialog : public QDialog {
    Q_OBJECT
public:
    explicit HelpDialog(const QList<StrategyScript>& strategies, QWidget* parent = nullptr);

    static QString guideHtml(const QList<StrategyScript>& strategies);
    void applyTheme(const Theme& theme);
    QTextBrowser* browser() const { return m_browser; }

private:
    QTextBrowser* m_browser = nullptr;
};

// "SeatSim 0.1.0, Qt 6.4.2, PostgreSQL 15.3 (private server)".
QString aboutText(const QString& serverVersion, const QString& serverDescription);

} // namespace seatsim
