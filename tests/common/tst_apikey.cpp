#include "common/apikey.h"

#include <QTest>

class tst_ApiKey : public QObject
{
    Q_OBJECT

private slots:
    void realKeysPass()
    {
        for (const QString &key : { QStringLiteral("sk_live_0123456789abcdef"), QStringLiteral("a-b.c_d~e+f/g=="),
                                    QStringLiteral("hostile-test-key-0123456789") })
            QVERIFY2(ApiKey::problem(key).isEmpty(), qPrintable(ApiKey::problem(key)));
    }

    void unusableKeysAreRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty") << QString() << QStringLiteral("empty");
        QTest::newRow("CR LF header") << QStringLiteral("abc\r\nX-Evil: 1") << QStringLiteral("position 4");
        QTest::newRow("LF") << QStringLiteral("abc\ndef") << QStringLiteral("line break");
        QTest::newRow("ESC") << QStringLiteral("abc\x1b[0m") << QStringLiteral("control character");
        QTest::newRow("NUL") << (QStringLiteral("abc") + QChar(0)) << QStringLiteral("control character");
        QTest::newRow("DEL") << QStringLiteral("abc\x7f") << QStringLiteral("control character");
        QTest::newRow("C1") << QStringLiteral("abc\u0085") << QStringLiteral("control character");
        QTest::newRow("space") << QStringLiteral("abc def") << QStringLiteral("space");
        QTest::newRow("non-ASCII") << QStringLiteral("abcé") << QStringLiteral("position 4");
    }

    void unusableKeysAreRefused()
    {
        QFETCH(QString, key);
        QFETCH(QString, says);
        const QString problem = ApiKey::problem(key);
        QVERIFY2(problem.contains(says), qPrintable(problem));
        if (key.size() > 3)
            QVERIFY(!problem.contains(key)); // the key is never repeated
    }
};

QTEST_APPLESS_MAIN(tst_ApiKey)
#include "tst_apikey.moc"
