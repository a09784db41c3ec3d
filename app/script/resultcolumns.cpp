#include "script/resultcolumns.h"

#include "script/sqlscanner.h"

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace seatsim {

namespace {

struct Word {
    QString text;
    bool ident = false;
    int depth = 0; // parentheses around it; '(' and ')' count as outside
};

std::vector<Word> wordsOf(QStringView sql) {
    using Kind = SqlToken::Kind;
    std::vector<Word> words;
    int depth = 0;
    SqlScanner scanner(sql);
    for (SqlToken token = scanner.next(); token.kind != Kind::End; token = scanner.next()) {
        const QStringView text = scanner.text(token);
        switch (token.kind) {
        case Kind::Space:
        case Kind::LineComment:
        case Kind::BlockComment:
            break;
        case Kind::Identifier:
            words.push_back({text.toString().toLower(), true, depth});
            break;
        case Kind::QuotedIdent:
            words.push_back({text.mid(1, text.size() - 2).toString(), true, depth});
            break;
        case Kind::QuotedText:
        case Kind::DollarText:
        case Kind::UnclosedComment:
        case Kind::UnclosedQuote:
        case Kind::UnclosedDollar:
            words.push_back({u"'"_s, false, depth});
            break;
        case Kind::Other:
            if (text == u"(")
                ++depth;
            words.push_back({text.toString(), false, text == u"(" ? depth - 1 : depth});
            if (text == u")")
                --depth;
            break;
        default:
            words.push_back({text.toString(), false, depth});
            break;
        }
    }
    return words;
}

bool isKeyword(const Word& w, QLatin1StringView keyword) {
    return w.ident && w.text == keyword;
}

qsizetype selectListStart(const std::vector<Word>& words) {
    for (const QLatin1StringView keyword : {"select"_L1, "returning"_L1}) {
        for (qsizetype i = 0; i < qsizetype(words.size()); ++i) {
            if (words[i].depth == 0 && isKeyword(words[i], keyword))
                return i + 1;
        }
    }
    return -1;
}

// The items of the select list, split at commas outside parentheses.
std::vector<std::vector<Word>> selectItems(const std::vector<Word>& words, qsizetype begin) {
    static const QLatin1StringView terminators[] = {
        "from"_L1,   "where"_L1, "group"_L1, "having"_L1, "window"_L1, "order"_L1,     "limit"_L1,
        "offset"_L1, "fetch"_L1, "for"_L1,   "into"_L1,   "union"_L1,  "intersect"_L1, "except"_L1};
    if (begin < qsizetype(words.size()) &&
        (isKeyword(words[begin], "distinct"_L1) || isKeyword(words[begin], "all"_L1)))
        ++begin;
    std::vector<std::vector<Word>> items(1);
    for (qsizetype i = begin; i < qsizetype(words.size()); ++i) {
        const Word& w = words[i];
        if (w.depth == 0) {
            if (w.ident && std::find(std::begin(terminators), std::end(terminators), w.text) !=
                               std::end(terminators))
                break;
            if (w.text == u","_s) {
                items.emplace_back();
                continue;
            }
        }
        items.back().push_back(w);
    }
    return items;
}

// The name PostgreSQL gives the column of one select item; empty when unsure.
QString columnName(std::vector<Word> item) {
    // drop trailing casts: x::int is still named x
    while (item.size() >= 3 && item[item.size() - 2].text == u"::"_s && item.back().ident &&
           item.back().depth == 0)
        item.resize(item.size() - 2);
    const qsizetype k = qsizetype(item.size());
    if (k >= 2 && item[k - 1].ident && isKeyword(item[k - 2], "as"_L1) && item[k - 2].depth == 0)
        return item[k - 1].text;
    if (k < 1 || !item[0].ident)
        return {};
    bool qualified = true;
    for (qsizetype i = 1; i < k && qualified; ++i)
        qualified = (i % 2 == 1) ? item[i].text == u"."_s : item[i].ident;
    if (qualified && k % 2 == 1)
        return item[k - 1].text;
    if (k >= 3 && item[1].text == u"("_s && item[k - 1].text == u")"_s && item[k - 1].depth == 0)
        return item[0].text;
    if (k >= 2 && item[k - 1].ident && item[k - 1].depth == 0 && item[k - 2].text == u")"_s)
        return item[k - 1].text;
    return {};
}

} // namespace

ResultColumns guessResultColumns(QStringView sql) {
    ResultColumns result;
    const std::vector<Word> words = wordsOf(sql);
    const qsizetype begin = selectListStart(words);
    if (begin < 0)
        return result;
    result.complete = true;
    for (const std::vector<Word>& item : selectItems(words, begin)) {
        const QString name = columnName(item);
        if (name.isEmpty())
            result.complete = false;
        else
            result.names.append(name);
    }
    return result;
}

} // namespace seatsim
