#pragma once

#include "common/error.h"
#include "script/strategyscript.h"
#include "style/theme.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace seatsim {

class SqlHighlighter;

// A student's own reserve_seat: starts from the naive script, checks the script as it is
// typed (the error marked at its line, "file:line:column: message" below), and saves it into
// the user's strategy directory, from where it joins the selector.
class StrategyEditor : public QDialog {
    Q_OBJECT
public:
    static constexpr int checkDelayMs = 250;

    explicit StrategyEditor(QWidget* parent = nullptr);

    // The naive script, retitled as the user's own and without a kind.
    static QString startingScript();

    void setSource(const QString& text);
    void setName(const QString& name);
    QString name() const;
    QString path() const; // where save() writes
    // Parses now instead of after the debounce delay.
    void check();
    // Saves when the script parses; emits saved(path).
    bool save(Error& error);
    void applyTheme(const Theme& theme);
    // The text differs from what was last saved (or set).
    bool hasUnsavedChanges() const;
    // Asks first when the text is not saved: save, discard or keep editing.
    void reject() override;

    QPlainTextEdit* editor() const { return m_editor; }
    QLabel* errorLabel() const { return m_status; }
    QPushButton* saveButton() const { return m_save; }
    Error error() const { return m_error; }
    // 1-based line marked as wrong, 0 when the script parses.
    int markedLine() const { return m_markedLine; }

Q_SIGNALS:
    void checked(const seatsim::Error& error);
    void saved(const QString& path);

private:
    void mark();
    void updateSave();

    QPlainTextEdit* m_editor = nullptr;
    SqlHighlighter* m_highlighter = nullptr;
    QLineEdit* m_name = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_where = nullptr;
    QPushButton* m_save = nullptr;
    QTimer* m_debounce = nullptr;
    Error m_error;
    int m_markedLine = 0;
    QString m_savedText;
    bool m_parses = false;
    Theme m_theme;
};

} // namespace seatsim
