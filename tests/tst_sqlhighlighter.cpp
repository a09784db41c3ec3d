#include "live/sqlhighlighter.h"
#include "script/sqlscanner.h"

#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace Qt::StringLiterals;
using namespace seatsim;

// The highlighter and the script's header read SQL as the parser does, through SqlScanner.
class TestSqlHighlighter : public QObject {
    Q_OBJECT

    // The format at `position` of the document's first line.
    static QTextCharFormat formatAt(const QTextDocument& document, int position) {
        for (const QTextLayout::FormatRange& range : document.firstBlock().layout()->formats()) {
            if (position >= range.start && position < range.start + range.length)
                return range.format;
        }
        return {};
    }

    static bool marked(const QTextCharFormat& format) { return !format.properties().isEmpty(); }

    static bool bold(const QTextCharFormat& format) { return format.fontWeight() >= QFont::Bold; }

private Q_SLOTS:
    void dashesInAStringAreTextNotAComment() {
        QTextDocument document(u"SELECT '--' FROM seminar_sessions; -- WHERE"_s);
        SqlHighlighter highlighter(&document);
        highlighter.rehighlight();
        const QString line = document.firstBlock().text();
        QVERIFY(bold(formatAt(document, int(line.indexOf(u"FROM")))));
        QVERIFY(formatAt(document, int(line.indexOf(u"'--'"))).foreground() !=
                formatAt(document, int(line.lastIndexOf(u"--"))).foreground());
        QVERIFY(formatAt(document, int(line.lastIndexOf(u"--"))).fontItalic()); // the comment
        QVERIFY(!bold(formatAt(document, int(line.indexOf(u"WHERE"))))); // inside the comment
    }

    void metaCommandsAndVariablesAreMarked() {
        QTextDocument document(u"\\set session_id random(1, :sessions)"_s);
        SqlHighlighter highlighter(&document);
        highlighter.rehighlight();
        const QString line = document.firstBlock().text();
        QVERIFY(bold(formatAt(document, 0)));                                 // the backslash
        QVERIFY(bold(formatAt(document, 1)));                                 // "set"
        QVERIFY(marked(formatAt(document, int(line.indexOf(u":sessions"))))); // a variable
        QVERIFY(!marked(formatAt(document, int(line.indexOf(u"random")))));   // a plain name

        QTextDocument unknown(u"\\setx 1"_s);
        SqlHighlighter again(&unknown);
        again.rehighlight();
        QVERIFY(!bold(formatAt(unknown, 0))); // not a meta-command the parser knows
    }

    void theBodyStartsAfterTheHeaderComments() {
        const QString script = u"-- title: mine\n-- kind: safe\n\n/* a note */\nBEGIN;\n-- in "
                               "the body\nCOMMIT;\n"_s;
        QCOMPARE(script.mid(scriptBodyStart(script)), u"BEGIN;\n-- in the body\nCOMMIT;\n"_s);
        QCOMPARE(scriptBodyStart(u"SELECT 1;"_s), 0);
        QCOMPARE(scriptBodyStart(u"-- only a header\n"_s), qsizetype(17));
        QCOMPARE(scriptBodyStart(u"  \\set x 1\n"_s), 0); // the line's indent stays
    }
};

QTEST_MAIN(TestSqlHighlighter)
#include "tst_sqlhighlighter.moc"
