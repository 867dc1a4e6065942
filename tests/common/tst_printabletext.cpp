#include "common/printabletext.h"

#include <QTest>

class tst_PrintableText : public QObject
{
    Q_OBJECT

private slots:
    void plainTextIsUnchanged()
    {
        for (const QString &text : { QStringLiteral("Ava Lindqvist"), QStringLiteral("Zoë Ångström-Núñez"),
                                     QStringLiteral("山田 太郎"), QStringLiteral("Track & Field <team>"), QString() }) {
            QVERIFY(PrintableText::isPrintable(text));
            QCOMPARE(PrintableText::line(text), text);
        }
    }

    void controlCharactersBecomeVisible_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("shown");
        QTest::newRow("ESC sequence") << QStringLiteral("A\x1b[2J") << QStringLiteral("A␛[2J");
        QTest::newRow("CR LF") << QStringLiteral("a\r\nb") << QStringLiteral("a␍␊b");
        QTest::newRow("TAB") << QStringLiteral("a\tb") << QStringLiteral("a␉b");
        QTest::newRow("BEL") << QStringLiteral("ding\x07") << QStringLiteral("ding␇");
        QTest::newRow("NUL") << (QStringLiteral("a") + QChar(0) + QStringLiteral("b")) << QStringLiteral("a␀b");
        QTest::newRow("DEL") << QStringLiteral("x\x7f") << QStringLiteral("x␡");
        QTest::newRow("C1 NEL") << QStringLiteral("a\u0085b") << QStringLiteral("a<U+0085>b");
        QTest::newRow("C1 CSI") << QStringLiteral("\u009b31m") << QStringLiteral("<U+009B>31m");
        QTest::newRow("RLO") << QStringLiteral("\u202Evom.exe") << QStringLiteral("<U+202E>vom.exe");
        QTest::newRow("isolate") << QStringLiteral("\u2066x\u2069") << QStringLiteral("<U+2066>x<U+2069>");
        QTest::newRow("marks") << QStringLiteral("\u200e\u200f\u061c") << QStringLiteral("<U+200E><U+200F><U+061C>");
        QTest::newRow("line separator") << QStringLiteral("a\u2028b") << QStringLiteral("a<U+2028>b");
    }

    void controlCharactersBecomeVisible()
    {
        QFETCH(QString, text);
        QFETCH(QString, shown);
        QVERIFY(!PrintableText::isPrintable(text));
        const QString line = PrintableText::line(text);
        QCOMPARE(line, shown);
        QVERIFY(PrintableText::isPrintable(line));
    }
};

QTEST_APPLESS_MAIN(tst_PrintableText)
#include "tst_printabletext.moc"
