#include "support/layoutcheck.h"

#include "live/sqlview.h"

#include <QAbstractAxis>
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFontInfo>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QListView>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyleOptionViewItem>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace seatsim::test {

namespace {

constexpr int slack = 1; // rounding of fractional advances

QString plain(const QString& text, Qt::TextFormat format) {
    if (format == Qt::RichText || (format == Qt::AutoText && Qt::mightBeRichText(text))) {
        QTextDocument document;
        document.setHtml(text);
        return document.toPlainText();
    }
    return text;
}

QString withoutMnemonics(QString text) {
    text.replace(u"&&"_s, u"\x01"_s);
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}

int widestLine(const QFontMetrics& metrics, const QString& text) {
    int widest = 0;
    for (const QString& line : text.split(u'\n'))
        widest = qMax(widest, metrics.horizontalAdvance(line));
    return widest;
}

// A text cut short by the program ends a line in "…" where its tooltip (the whole text) goes
// on.
bool elidedByProgram(const QString& text, const QString& whole) {
    if (whole.isEmpty() || text == whole)
        return false;
    const QStringList lines = text.split(u'\n');
    const QStringList wholeLines = whole.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString& line = lines.at(i);
        if (!line.contains(u"…"_s))
            continue;
        const QString before = line.section(u"…"_s, 0, 0);
        const QString against = lines.size() == wholeLines.size()
                                    ? wholeLines.at(i)
                                    : QString(whole).replace(u'\n', u' ');
        // Cut inside a word: what follows in the whole text is a letter.
        if (!before.isEmpty() && against != line && against.startsWith(before) &&
            against.size() > before.size() && against.at(before.size()).isLetterOrNumber())
            return true;
    }
    return false;
}

class Checker {
public:
    explicit Checker(QWidget* window)
        : m_window(window) {}

    QStringList problems;

    void fail(const QWidget* widget, const QString& what) {
        problems.append(u"%1: %2"_s.arg(widgetPath(widget), what));
    }

    void checkLabel(QLabel* label) {
        const QString text = plain(label->text(), label->textFormat());
        if (text.trimmed().isEmpty())
            return;
        const QRect room = label->contentsRect().marginsRemoved(
            QMargins(label->margin(), label->margin(), label->margin(), label->margin()));
        if (elidedByProgram(text, label->toolTip()))
            fail(label, u"elided \"%1\" (whole: \"%2\")"_s.arg(text, label->toolTip()));
        if (label->wordWrap()) {
            const int needed = label->heightForWidth(label->width());
            if (needed > label->height() + slack)
                fail(label,
                     u"wrapped text \"%1\" needs %2 px high, has %3"_s.arg(text).arg(needed).arg(
                         label->height()));
            return;
        }
        const QFontMetrics metrics(label->font());
        const int width = widestLine(metrics, text);
        if (width > room.width() + slack)
            fail(label,
                 u"\"%1\" needs %2 px wide, has %3"_s.arg(text).arg(width).arg(room.width()));
        const int lines = int(text.count(u'\n')) + 1;
        const int height = lines * metrics.height();
        if (height > room.height() + slack)
            fail(label,
                 u"\"%1\" needs %2 px high, has %3"_s.arg(text).arg(height).arg(room.height()));
    }

    void checkButton(QAbstractButton* button) {
        const QString text = withoutMnemonics(button->text());
        if (text.isEmpty())
            return;
        if (elidedByProgram(text, button->toolTip()))
            fail(button, u"elided \"%1\" (whole: \"%2\")"_s.arg(text, button->toolTip()));
        const QSize hint = button->sizeHint();
        if (hint.width() > button->width() + slack || hint.height() > button->height() + slack)
            fail(button, u"\"%1\" needs %2×%3 px, has %4×%5"_s.arg(text)
                             .arg(hint.width())
                             .arg(hint.height())
                             .arg(button->width())
                             .arg(button->height()));
    }

    void checkTabs(QTabBar* tabs) {
        const int space = tabs->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, tabs);
        for (int i = 0; i < tabs->count(); ++i) {
            if (!tabs->isTabVisible(i))
                continue;
            const QString text = withoutMnemonics(tabs->tabText(i));
            const QRect rect = tabs->tabRect(i);
            const int needed = QFontMetrics(tabs->font()).horizontalAdvance(text) + space;
            if (needed > rect.width() + slack)
                fail(tabs,
                     u"tab \"%1\" needs %2 px, has %3"_s.arg(text).arg(needed).arg(rect.width()));
            if (rect.right() >= tabs->width() || rect.left() < 0)
                fail(tabs, u"tab \"%1\" outside the bar (%2..%3 of %4 px)"_s.arg(text)
                               .arg(rect.left())
                               .arg(rect.right())
                               .arg(tabs->width()));
        }
    }

    void checkHeader(QHeaderView* header) {
        if (!header->model())
            return;
        const int margin =
            2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        const int count = header->count();
        for (int section = 0; section < count; ++section) {
            if (header->isSectionHidden(section))
                continue;
            const QString text =
                header->model()->headerData(section, header->orientation()).toString();
            if (text.isEmpty())
                continue;
            QFont font = header->font();
            const QVariant own =
                header->model()->headerData(section, header->orientation(), Qt::FontRole);
            if (own.isValid())
                font = own.value<QFont>();
            const QFontMetrics metrics(font);
            const int size = header->sectionSize(section);
            const int start = header->sectionViewportPosition(section);
            const int length =
                header->orientation() == Qt::Horizontal ? header->width() : header->height();
            if (start < length && start + size > length + slack)
                fail(header,
                     u"section \"%1\" cut off at the view's edge (%2 of %3 px shown)"_s.arg(text)
                         .arg(length - start)
                         .arg(size));
            if (header->orientation() == Qt::Horizontal) {
                const int needed = widestLine(metrics, text) + margin;
                if (needed > size + slack)
                    fail(header,
                         u"section \"%1\" needs %2 px, has %3"_s.arg(text).arg(needed).arg(size));
                const int lines = int(text.count(u'\n')) + 1;
                if (lines * metrics.height() > header->height() + slack)
                    fail(header, u"section \"%1\" needs %2 px high, has %3"_s.arg(text)
                                     .arg(lines * metrics.height())
                                     .arg(header->height()));
            } else {
                const int needed = widestLine(metrics, text) + margin;
                if (needed > header->width() + slack)
                    fail(header,
                         u"row header \"%1\" needs %2 px, has %3"_s.arg(text).arg(needed).arg(
                             header->width()));
            }
        }
    }

    // Every row the view shows, by what its delegate asks for.
    void checkItems(QAbstractItemView* view, const QString& what) {
        QAbstractItemModel* model = view->model();
        if (!model)
            return;
        QStyleOptionViewItem option;
        option.initFrom(view->viewport());
        option.font = view->font();
        option.decorationSize = view->iconSize().isValid()
                                    ? view->iconSize()
                                    : QSize(view->style()->pixelMetric(QStyle::PM_SmallIconSize),
                                            view->style()->pixelMetric(QStyle::PM_SmallIconSize));
        option.features = QStyleOptionViewItem::HasDisplay;
        const auto* list = qobject_cast<const QListView*>(view);
        const auto* table = qobject_cast<const QTableView*>(view);
        if ((list && list->wordWrap()) || (table && table->wordWrap()))
            option.features |= QStyleOptionViewItem::WrapText;
        const QRect viewport = view->viewport()->rect();
        const bool inComboPopup = qobject_cast<QComboBox*>(view->window()->parentWidget());
        const int menuMargin =
            view->style()->pixelMetric(QStyle::PM_MenuHMargin, nullptr, view) +
            view->style()->pixelMetric(QStyle::PM_MenuPanelWidth, nullptr, view) + 2;
        for (int row = 0; row < model->rowCount(view->rootIndex()); ++row) {
            for (int column = 0; column < model->columnCount(view->rootIndex()); ++column) {
                const QModelIndex index = model->index(row, column, view->rootIndex());
                const QRect rect = view->visualRect(index);
                if (rect.isEmpty() || !rect.intersects(viewport))
                    continue;
                const QString text = index.data().toString();
                if (text.isEmpty())
                    continue;
                option.rect = rect;
                // A combo box's popup draws its entries as menu items: text and margins.
                const QSize needed =
                    inComboPopup
                        ? QSize(QFontMetrics(view->font()).horizontalAdvance(text) + 2 * menuMargin,
                                0)
                        : view->itemDelegateForIndex(index)->sizeHint(option, index);
                if (option.features & QStyleOptionViewItem::WrapText) {
                    if (needed.height() > rect.height() + slack)
                        fail(view, u"%1 row %2 \"%3\" wrapped needs %4 px high, has %5"_s.arg(what)
                                       .arg(row)
                                       .arg(text)
                                       .arg(needed.height())
                                       .arg(rect.height()));
                } else if (needed.width() > rect.width() + slack)
                    fail(view, u"%1 row %2 column %3 \"%4\" needs %5 px, has %6"_s.arg(what)
                                   .arg(row)
                                   .arg(column)
                                   .arg(text)
                                   .arg(needed.width())
                                   .arg(rect.width()));
            }
        }
    }

    void checkCombo(QComboBox* combo) {
        QStyleOptionComboBox option;
        option.initFrom(combo);
        option.editable = combo->isEditable();
        const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                           QStyle::SC_ComboBoxEditField, combo);
        const QString current = combo->currentText();
        const int width =
            QFontMetrics(combo->font()).horizontalAdvance(current) +
            (combo->itemIcon(combo->currentIndex()).isNull() ? 0 : combo->iconSize().width() + 4);
        if (width > field.width() + slack)
            fail(combo, u"current \"%1\" needs %2 px, has %3"_s.arg(current).arg(width).arg(
                            field.width()));
        if (combo->count() == 0 || !combo->isEnabled())
            return;
        combo->showPopup();
        QAbstractItemView* popup = combo->view();
        if (!QTest::qWaitForWindowExposed(popup->window())) {
            fail(combo, u"the popup did not open"_s);
            return;
        }
        checkItems(popup, u"popup"_s);
        if (popup->horizontalScrollBar()->isVisible())
            fail(combo, u"the popup scrolls sideways"_s);
        const QRect screen = combo->screen()->availableGeometry();
        const QRect frame = popup->window()->frameGeometry();
        if (!screen.contains(frame))
            fail(combo, u"the popup (%1,%2 %3×%4) leaves the screen"_s.arg(frame.x())
                            .arg(frame.y())
                            .arg(frame.width())
                            .arg(frame.height()));
        combo->hidePopup();
    }

    void checkGroupBox(QGroupBox* box) {
        if (box->title().isEmpty())
            return;
        const int needed =
            QFontMetrics(box->font()).horizontalAdvance(withoutMnemonics(box->title())) +
            (box->isCheckable() ? 24 : 0) + 8;
        if (needed > box->width() + slack)
            fail(box, u"title \"%1\" needs %2 px, has %3"_s.arg(box->title())
                          .arg(needed)
                          .arg(box->width()));
    }

    // Qt Charts shortens what does not fit with "..." (titles, legend, axis labels).
    void checkChart(QChartView* view) {
        QChart* chart = view->chart();
        if (!chart || !chart->scene())
            return;
        QStringList labels;
        for (QLegendMarker* marker : chart->legend()->markers())
            if (marker->isVisible())
                labels.append(marker->label());
        QList<std::pair<QString, QRectF>> legendTexts;
        for (QGraphicsItem* item : chart->scene()->items()) {
            if (!item->isVisible())
                continue;
            QString text;
            if (auto* rich = dynamic_cast<QGraphicsTextItem*>(item))
                text = rich->toPlainText();
            else if (auto* simple = dynamic_cast<QGraphicsSimpleTextItem*>(item))
                text = simple->text();
            if (text.endsWith(u"..."_s) || text.endsWith(u"…"_s))
                fail(view, u"chart text cut to \"%1\""_s.arg(text));
            if (!text.isEmpty() && labels.contains(text))
                legendTexts.append({text, item->sceneBoundingRect()});
        }
        // A legend entry that appears later must not be drawn over another.
        for (qsizetype i = 0; i < legendTexts.size(); ++i) {
            for (qsizetype j = i + 1; j < legendTexts.size(); ++j) {
                const QRectF overlap = legendTexts.at(i).second & legendTexts.at(j).second;
                if (overlap.width() > 1 && overlap.height() > 1)
                    fail(view, u"legend entries \"%1\" and \"%2\" overlap"_s.arg(
                                   legendTexts.at(i).first, legendTexts.at(j).first));
            }
        }
        for (QAbstractAxis* axis : chart->axes()) {
            if (axis->isVisible() && axis->labelsVisible() && axis->labelsTruncated())
                fail(view, u"axis \"%1\" labels truncated"_s.arg(axis->titleText()));
        }
    }

    // What makes a scroll area's content wider than its viewport: the innermost widgets whose
    // minimum width exceeds it.
    static QString widestInside(QAbstractScrollArea* area) {
        auto* scroll = qobject_cast<QScrollArea*>(area);
        if (!scroll || !scroll->widget())
            return {};
        const int room = area->viewport()->width();
        QStringList culprits;
        for (QWidget* child : scroll->widget()->findChildren<QWidget*>()) {
            if (!child->isVisible() || child->minimumSizeHint().width() <= room)
                continue;
            bool inner = true;
            for (QWidget* grandchild : child->findChildren<QWidget*>())
                inner = inner &&
                        !(grandchild->isVisible() && grandchild->minimumSizeHint().width() > room);
            if (inner)
                culprits.append(u"%1 (min %2 px)"_s.arg(widgetPath(child))
                                    .arg(child->minimumSizeHint().width()));
        }
        return culprits.isEmpty() ? QString() : u"; widest: "_s + culprits.join(u", "_s);
    }

    void checkScrollArea(QAbstractScrollArea* area) {
        if (area->horizontalScrollBar()->isVisible() && area->horizontalScrollBar()->maximum() > 0)
            fail(area,
                 u"scrolls sideways (%1 px more)%2"_s.arg(area->horizontalScrollBar()->maximum())
                     .arg(widestInside(area)));
        // The SQL that runs is read whole: it never needs scrolling.
        auto* sql = qobject_cast<SqlView*>(area);
        if (sql && !sql->showsAll())
            fail(area,
                 u"the SQL needs scrolling (%1 more)"_s.arg(area->verticalScrollBar()->maximum()));
    }

    // Outside every scroll area a widget lies inside its parent, so nothing is cut off.
    void checkInside(QWidget* widget) {
        QWidget* parent = widget->parentWidget();
        if (!parent || widget->isWindow())
            return;
        for (QWidget* up = parent; up && up != m_window; up = up->parentWidget()) {
            if (qobject_cast<QAbstractScrollArea*>(up))
                return;
        }
        const QRect inParent = widget->geometry();
        const QRect visible = parent->rect();
        if (!visible.contains(inParent, false) && !inParent.intersected(visible).isEmpty())
            fail(widget, u"cut off by its parent (%1,%2 %3×%4 in %5×%6)"_s.arg(inParent.x())
                             .arg(inParent.y())
                             .arg(inParent.width())
                             .arg(inParent.height())
                             .arg(visible.width())
                             .arg(visible.height()));
    }

    void checkWidget(QWidget* widget) {
        if (!widget->isVisible() || widget->width() <= 0 || widget->height() <= 0)
            return;
        checkInside(widget);
        if (auto* label = qobject_cast<QLabel*>(widget))
            checkLabel(label);
        else if (auto* button = qobject_cast<QAbstractButton*>(widget))
            checkButton(button);
        else if (auto* tabs = qobject_cast<QTabBar*>(widget))
            checkTabs(tabs);
        else if (auto* combo = qobject_cast<QComboBox*>(widget))
            checkCombo(combo);
        else if (auto* box = qobject_cast<QGroupBox*>(widget))
            checkGroupBox(box);
        if (auto* bar = qobject_cast<QToolBar*>(widget)) {
            // Actions that do not fit hide behind the extension button.
            for (QToolButton* button : bar->findChildren<QToolButton*>(u"qt_toolbar_ext_button"_s))
                if (button->isVisible())
                    fail(bar, u"actions hidden behind the toolbar's extension button"_s);
        }
        if (auto* header = qobject_cast<QHeaderView*>(widget))
            checkHeader(header);
        else if (auto* view = qobject_cast<QAbstractItemView*>(widget))
            checkItems(view, u"row"_s);
        if (auto* chart = qobject_cast<QChartView*>(widget))
            checkChart(chart);
        if (auto* area = qobject_cast<QAbstractScrollArea*>(widget))
            checkScrollArea(area);
    }

    void checkWindow(const QMargins& decoration) {
        QScreen* screen = m_window->screen();
        const QRect available = screen->availableGeometry();
        // Full screen and maximized, the window manager fits the frame itself.
        const bool decorated =
            !(m_window->windowState() & (Qt::WindowFullScreen | Qt::WindowMaximized)) &&
            !(m_window->windowFlags() & Qt::FramelessWindowHint);
        const QRect frame =
            decorated ? m_window->geometry().marginsAdded(decoration) : m_window->geometry();
        if (!available.contains(m_window->frameGeometry()) || !available.contains(frame))
            fail(m_window, u"the window with its frame (%1,%2 %3×%4) leaves the screen's "
                           u"available %5×%6"_s.arg(frame.x())
                               .arg(frame.y())
                               .arg(frame.width())
                               .arg(frame.height())
                               .arg(available.width())
                               .arg(available.height()));
    }

private:
    QWidget* m_window;
};

} // namespace

QString widgetPath(const QWidget* widget) {
    QStringList parts;
    for (const QWidget* at = widget; at; at = at->isWindow() ? nullptr : at->parentWidget()) {
        const QString name = at->objectName();
        parts.prepend(
            name.isEmpty()
                ? QString::fromLatin1(at->metaObject()->className())
                : u"%1:%2"_s.arg(QString::fromLatin1(at->metaObject()->className()), name));
    }
    return parts.join(u'/');
}

QStringList textSizeProblems(QWidget* window, const TextSizes& minimum) {
    QStringList problems;
    const auto pixels = [](const QFont& font) {
        return QFontInfo(font).pixelSize();
    };
    const auto check = [&](const QWidget* widget, const QString& what, const QFont& font,
                           int wanted) {
        const int size = pixels(font);
        if (size < wanted)
            problems << u"%1: %2 is %3 px, needs %4"_s.arg(widgetPath(widget), what)
                            .arg(size)
                            .arg(wanted);
    };
    QList<QWidget*> widgets = window->findChildren<QWidget*>();
    widgets.prepend(window);
    for (QWidget* widget : std::as_const(widgets)) {
        if (widget->window() != window || !widget->isVisible() || widget->width() <= 0 ||
            widget->height() <= 0)
            continue;
        bool hidden = false; // inside a collapsed splitter or a zero-sized parent
        for (QWidget* up = widget; up && up != window; up = up->parentWidget())
            hidden = hidden || up->width() <= 0 || up->height() <= 0;
        if (hidden)
            continue;
        if (auto* chart = qobject_cast<QChartView*>(widget)) {
            if (!chart->chart())
                continue;
            if (!chart->chart()->title().isEmpty())
                check(widget, u"the chart's title"_s, chart->chart()->titleFont(), minimum.chart);
            if (chart->chart()->legend()->isVisible())
                check(widget, u"the legend"_s, chart->chart()->legend()->font(), minimum.chart);
            for (QAbstractAxis* axis : chart->chart()->axes()) {
                if (axis->isVisible() && axis->labelsVisible())
                    check(widget, u"axis labels"_s, axis->labelsFont(), minimum.chart);
                if (axis->isVisible() && axis->isTitleVisible() && !axis->titleText().isEmpty())
                    check(widget, u"axis title \"%1\""_s.arg(axis->titleText()), axis->titleFont(),
                          minimum.chart);
            }
            continue;
        }
        QString text;
        if (auto* label = qobject_cast<QLabel*>(widget))
            text = label->text();
        else if (auto* button = qobject_cast<QAbstractButton*>(widget))
            text = button->text();
        else if (auto* tabs = qobject_cast<QTabBar*>(widget))
            text = tabs->count() > 0 ? tabs->tabText(0) : QString();
        else if (auto* header = qobject_cast<QHeaderView*>(widget))
            text = header->model() && header->count() > 0
                       ? header->model()->headerData(0, header->orientation()).toString()
                       : QString();
        else if (auto* view = qobject_cast<QAbstractItemView*>(widget))
            text = view->model() && view->model()->rowCount(view->rootIndex()) > 0 ? u"rows"_s
                                                                                   : QString();
        else if (auto* combo = qobject_cast<QComboBox*>(widget))
            text = combo->currentText();
        else if (auto* menus = qobject_cast<QMenuBar*>(widget))
            text = menus->actions().isEmpty() ? QString() : menus->actions().first()->text();
        else if (auto* box = qobject_cast<QGroupBox*>(widget))
            text = box->title();
        else if (auto* plain = qobject_cast<QPlainTextEdit*>(widget))
            text = plain->toPlainText().left(40);
        if (text.trimmed().isEmpty())
            continue;
        const bool headline = widget->objectName() == u"verdictLabel"_s;
        check(widget, u"\"%1\""_s.arg(text.simplified().left(40)), widget->font(),
              headline ? minimum.headline : minimum.text);
    }
    return problems;
}

QStringList layoutProblems(QWidget* window, const QMargins& decoration) {
    // Layouts, and the charts' scene layouts after them, settle over two rounds of events.
    for (int round = 0; round < 2; ++round) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
    Checker checker(window);
    checker.checkWindow(decoration);
    checker.checkWidget(window);
    const QList<QWidget*> widgets = window->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (widget->window() == window)
            checker.checkWidget(widget);
    }
    return checker.problems;
}

} // namespace seatsim::test
