#include "dialogs/strategyeditor.h"

#include "live/sqlhighlighter.h"
#include "settings/settings.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSaveFile>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace seatsim {

StrategyEditor::StrategyEditor(QWidget* parent)
    : QDialog(parent) {
    setObjectName(u"strategyEditor"_s);
    setWindowTitle(tr("New strategy"));
    m_theme.baseFont = font();

    m_name = new QLineEdit(u"my-strategy"_s, this);
    m_name->setObjectName(u"strategyName"_s);
    m_name->setValidator(new QRegularExpressionValidator(
        QRegularExpression(u"[A-Za-z0-9][A-Za-z0-9_-]{0,39}"_s), this));
    m_name->setToolTip(tr("The file name and id: letters, digits, '-' and '_'"));
    m_where = new QLabel(this);
    m_where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_where->setWordWrap(true);

    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(u"strategySource"_s);
    // Wrapped: a long line stays readable at 1280×720 and on the projector.
    m_editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_editor->setTabChangesFocus(false);
    m_highlighter = new SqlHighlighter(m_editor->document());

    m_status = new QLabel(this);
    m_status->setObjectName(u"strategyEditorStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(u"strategySave"_s);
    m_save->setText(tr("Save and add to the selector"));
    connect(m_save, &QPushButton::clicked, this, [this] {
        Error error;
        if (!save(error) && error.isSet())
            QMessageBox::warning(this, tr("Not saved"), error.text());
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Saved as:"), m_where);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(checkDelayMs);
    connect(m_debounce, &QTimer::timeout, this, &StrategyEditor::check);
    connect(m_editor, &QPlainTextEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_name, &QLineEdit::textChanged, this, [this] {
        m_where->setText(QDir::toNativeSeparators(path()));
        m_debounce->start();
    });

    applyTheme(m_theme);
    setSource(startingScript());
    m_where->setText(QDir::toNativeSeparators(path()));
    resize(900, 680);
}

QString StrategyEditor::startingScript() {
    QFile file(u":/sql/strategies/naive.sql"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    lines.removeIf([](const QString& line) { return line.startsWith(u"-- kind:"_s); });
    for (QString& line : lines) {
        if (line.startsWith(u"-- title:"_s))
            line = u"-- title: "_s + tr("My strategy");
        else if (line.startsWith(u"-- title[de]:"_s))
            line = u"-- title[de]: Meine Strategie"_s;
    }
    return lines.join(u'\n');
}

void StrategyEditor::setSource(const QString& text) {
    m_editor->setPlainText(text);
    m_savedText = text;
    check();
}

void StrategyEditor::setName(const QString& name) {
    m_name->setText(name);
}

QString StrategyEditor::name() const {
    return m_name->text();
}

QString StrategyEditor::path() const {
    return settings::userStrategyDir() + u'/' + name() + u".sql"_s;
}

void StrategyEditor::check() {
    m_debounce->stop();
    // parse() leaves the error empty when the script parses.
    const StrategyScript script =
        StrategyScript::parse(m_editor->toPlainText(), QFileInfo(path()).fileName(),
                              standardProvidedVariables(), m_error);
    m_parses = !script.isNull();
    mark();
    updateSave();
    Q_EMIT checked(m_error);
}

void StrategyEditor::mark() {
    QList<QTextEdit::ExtraSelection> selections;
    m_markedLine = 0;
    if (m_error.isSet() && m_error.line > 0) {
        const QTextBlock block = m_editor->document()->findBlockByNumber(m_error.line - 1);
        if (block.isValid()) {
            m_markedLine = m_error.line;
            QTextEdit::ExtraSelection line;
            line.format.setBackground(QColor(0xFF, 0xE4, 0xD6));
            line.format.setProperty(QTextFormat::FullWidthSelection, true);
            line.cursor = QTextCursor(block);
            selections.append(line);

            QTextEdit::ExtraSelection underline;
            underline.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            underline.format.setUnderlineColor(m_theme.bad());
            underline.cursor = QTextCursor(block);
            const int column = qBound(0, m_error.column - 1, qMax(0, block.length() - 1));
            underline.cursor.setPosition(block.position() + column);
            underline.cursor.setPosition(block.position() + qMax(column + 1, block.length() - 1),
                                         QTextCursor::KeepAnchor);
            selections.append(underline);
        }
    }
    m_editor->setExtraSelections(selections);
    if (m_parses) {
        m_status->setText(tr("✓ The script parses."));
        m_status->setStyleSheet(
            u"QLabel { color: white; background: %1; padding: 6px; }"_s.arg(m_theme.good().name()));
    } else {
        m_status->setText(tr("✗ %1").arg(m_error.text()));
        m_status->setStyleSheet(
            u"QLabel { color: white; background: %1; padding: 6px; }"_s.arg(m_theme.bad().name()));
    }
}

void StrategyEditor::updateSave() {
    m_save->setEnabled(m_parses && m_name->hasAcceptableInput());
}

bool StrategyEditor::save(Error& error) {
    check();
    if (!m_parses) {
        error = m_error;
        return false;
    }
    if (!m_name->hasAcceptableInput()) {
        error.message = tr("Give the strategy a name.");
        return false;
    }
    const QString target = path();
    if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
        error.message = tr("Could not create %1").arg(QFileInfo(target).absolutePath());
        return false;
    }
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_editor->toPlainText().toUtf8()) < 0 ||
        !file.commit()) {
        error.message = tr("Could not write %1: %2").arg(target, file.errorString());
        return false;
    }
    m_savedText = m_editor->toPlainText();
    m_status->setText(tr("✓ Saved as %1").arg(QDir::toNativeSeparators(target)));
    Q_EMIT saved(target);
    return true;
}

bool StrategyEditor::hasUnsavedChanges() const {
    return m_editor->toPlainText() != m_savedText;
}

void StrategyEditor::reject() {
    if (!hasUnsavedChanges()) {
        QDialog::reject();
        return;
    }
    auto* box =
        new QMessageBox(QMessageBox::Question, tr("Unsaved strategy"),
                        tr("The script has changes that are not saved. Save them?"),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(u"unsavedQuestion"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box] {
        const QMessageBox::StandardButton answer = box->standardButton(box->clickedButton());
        if (answer == QMessageBox::Discard) {
            setSource(m_savedText);
            QDialog::reject();
        } else if (answer == QMessageBox::Save) {
            Error error;
            if (save(error))
                QDialog::reject();
            else if (error.isSet())
                QMessageBox::warning(this, tr("Not saved"), error.text());
        }
    });
    box->open();
}

void StrategyEditor::applyTheme(const Theme& theme) {
    m_theme = theme;
    setFont(theme.font()); // labels and buttons at the window's type size
    QFont mono(u"monospace"_s);
    mono.setStyleHint(QFont::Monospace);
    mono.setPointSizeF(theme.font().pointSizeF());
    m_editor->setFont(mono);
    m_highlighter->setHighContrast(theme.projector);
    m_status->setFont(theme.font(1.0, true));
    m_name->setFont(theme.font());
    m_where->setFont(theme.font(0.9));
    mark();
}

} // namespace seatsim
