#pragma once

#include "common/error.h"
#include "results/classboard.h"
#include "script/strategyscript.h"
#include "style/theme.h"

#include <QTimer>
#include <QWidget>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace seatsim {

// The lecturer's board of the course server: every SeatSim schema, its owner and the latest
// verdict of each strategy run in it, refreshed every two seconds while the window is open. A
// row shows the script that ran; "Run for the room" hands it on (strategyChosen) to become the
// main window's strategy, to run in the lecturer's own schema.
class ClassBoardView : public QWidget {
    Q_OBJECT
public:
    static constexpr int refreshIntervalMs = 2000;

    explicit ClassBoardView(QWidget* parent);
    ~ClassBoardView() override;

    // The window's board, created on first use, on the window's server.

    void setConnection(const ConnectionSettings& settings);
    void applyTheme(const Theme& theme);
    void refresh();
    // Hands the selected row's script on to the main window (strategyChosen); false when there
    // is none or it does not parse (the status line says why). A Python answer is opened
    // from a file, by the opener that the window sets.
    bool runForTheRoom();
    using FileOpener = std::function<bool(const QString& path, Error& error)>;
    void setFileOpener(FileOpener opener) { m_openFile = std::move(opener); }

    ClassBoard board() const { return m_board; }
    QTableWidget* table() const { return m_table; }
    QPlainTextEdit* scriptView() const { return m_script; }
    QPushButton* runForRoomButton() const { return m_runForRoom; }
    QLabel* statusLabel() const { return m_status; }
    // The colour of a verdict id (correct, inconsistent, not_correct) or "unreadable".
    QColor verdictColour(const QString& verdict) const;

Q_SIGNALS:
    void refreshed();                                           // after each read, shown or failed
    void strategyChosen(const seatsim::StrategyScript& script); // by "Run for the room"

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    FileOpener m_openFile;
    void showBoard(const ClassBoard& board);
    void showFailure(const QString& message);
    void showSelected();
    const BoardStrategy* selected(QString* schema = nullptr) const;
    QString verdictText(const QString& verdict) const;
    void keepVerdictsWhole();
    bool runPythonForTheRoom(const QString& schema, const QString& fileName,
                             const QString& source);

    ClassBoardReader m_reader;
    QTimer m_timer;
    ClassBoard m_board;
    Theme m_theme;
    QTableWidget* m_table = nullptr;
    QPlainTextEdit* m_script = nullptr;
    QPushButton* m_runForRoom = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_server = nullptr;
};

} // namespace seatsim
