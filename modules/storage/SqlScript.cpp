#include "storage/SqlScript.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace govops::storage {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

core::Error unterminated(const char *what, QStringView script, qsizetype at)
{
    const auto line = script.left(at).count(u'\n') + 1;
    return {core::Error::Code::Invalid,
            QCoreApplication::translate("govops::storage::SqlScript", "The SQL script has an unterminated %1 "
                                                                      "starting on line %2.")
                .arg(QCoreApplication::translate("govops::storage::SqlScript", what))
                .arg(line)};
}

} // namespace

core::Result<QStringList> splitSqlScript(QStringView script)
{
    QStringList statements;
    QString current;
    QStringList leadingWords;  // the first words of the current statement, upper-cased
    int blockDepth = 0;        // BEGIN/CASE … END nesting inside a trigger body

    const auto finish = [&] {
        const QString s = current.trimmed();
        if (!s.isEmpty())
            statements.append(s);
        current.clear();
        leadingWords.clear();
        blockDepth = 0;
    };
    const auto isTrigger = [&] {
        if (leadingWords.value(0) != u"CREATE"_s)
            return false;
        const QString second = leadingWords.value(1);
        return second == u"TRIGGER"_s
               || ((second == u"TEMP"_s || second == u"TEMPORARY"_s) && leadingWords.value(2) == u"TRIGGER"_s);
    };

    const qsizetype n = script.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = script[i];
        const QChar next = i + 1 < n ? script[i + 1] : QChar();

        if (c == u'-' && next == u'-') {  // line comment
            while (i < n && script[i] != u'\n')
                ++i;
            current.append(u'\n');
            continue;
        }
        if (c == u'/' && next == u'*') {  // block comment, nested
            const qsizetype start = i;
            int depth = 0;
            do {
                if (i + 1 < n && script[i] == u'/' && script[i + 1] == u'*') {
                    ++depth;
                    i += 2;
                } else if (i + 1 < n && script[i] == u'*' && script[i + 1] == u'/') {
                    --depth;
                    i += 2;
                } else {
                    ++i;
                }
            } while (depth > 0 && i < n);
            if (depth > 0)
                return unterminated(QT_TRANSLATE_NOOP("govops::storage::SqlScript", "comment"), script, start);
            current.append(u' ');
            continue;
        }
        if (c == u'\'' || c == u'"') {  // string or quoted identifier
            const qsizetype start = i;
            const bool escapes = c == u'\'' && i > 0 && (script[i - 1] == u'E' || script[i - 1] == u'e')
                                 && (i < 2 || !isWordChar(script[i - 2]));
            ++i;
            bool closed = false;
            while (i < n) {
                if (escapes && script[i] == u'\\') {
                    i += 2;
                    continue;
                }
                if (script[i] == c) {
                    if (i + 1 < n && script[i + 1] == c) {
                        i += 2;
                        continue;
                    }
                    ++i;
                    closed = true;
                    break;
                }
                ++i;
            }
            if (!closed)
                return unterminated(c == u'\'' ? QT_TRANSLATE_NOOP("govops::storage::SqlScript", "string")
                                               : QT_TRANSLATE_NOOP("govops::storage::SqlScript", "quoted name"),
                                    script, start);
            current.append(script.mid(start, i - start));
            continue;
        }
        if (c == u'$' && (i == 0 || !isWordChar(script[i - 1]))) {  // dollar quoting: $$ or $tag$
            qsizetype j = i + 1;
            while (j < n && isWordChar(script[j]) && !(j == i + 1 && script[j].isDigit()))
                ++j;
            if (j < n && script[j] == u'$') {
                const QStringView tag = script.mid(i, j - i + 1);
                const qsizetype end = script.indexOf(tag, j + 1);
                if (end < 0)
                    return unterminated(QT_TRANSLATE_NOOP("govops::storage::SqlScript", "dollar-quoted text"),
                                        script, i);
                current.append(script.mid(i, end + tag.size() - i));
                i = end + tag.size();
                continue;
            }
        }
        if (isWordChar(c)) {
            qsizetype j = i;
            while (j < n && isWordChar(script[j]))
                ++j;
            const QString word = script.mid(i, j - i).toString().toUpper();
            if (leadingWords.size() < 3)
                leadingWords.append(word);
            if (isTrigger()) {
                if (word == u"BEGIN"_s || word == u"CASE"_s)
                    ++blockDepth;
                else if (word == u"END"_s && blockDepth > 0)
                    --blockDepth;
            }
            current.append(script.mid(i, j - i));
            i = j;
            continue;
        }
        if (c == u';' && blockDepth == 0) {
            finish();
            ++i;
            continue;
        }
        current.append(c);
        ++i;
    }
    finish();
    return statements;
}

} // namespace govops::storage
