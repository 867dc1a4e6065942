#include "api/messages/athletepage.h"

#include <QTest>

class tst_AthletePage : public QObject
{
    Q_OBJECT

private slots:
    // The shape of GET /athletes is not published; these are the ones accepted.
    void readsEveryAcceptedShape_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("total");
        QTest::newRow("bare array") << QByteArray(R"([{"id":"a1"},{"id":"a2"}])") << -1;
        QTest::newRow("athletes") << QByteArray(R"({"athletes":[{"id":"a1"},{"id":"a2"}],"total_count":9})") << 9;
        QTest::newRow("data") << QByteArray(R"({"data":[{"athlete_id":"a1"},{"uuid":"a2"}],"total":9})") << 9;
        QTest::newRow("items") << QByteArray(R"({"items":[{"id":"a1"},{"id":"a2"}],"count":9})") << 9;
        QTest::newRow("results") << QByteArray(R"({"results":[{"id":"a1"},{"id":"a2"}]})") << -1;
        QTest::newRow("only array member") << QByteArray(R"({"page":1,"roster":[{"id":"a1"},{"id":"a2"}]})") << -1;
    }
    void readsEveryAcceptedShape()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, total);
        AthletePage page;
        QString problem;
        QVERIFY2(AthletePage::parse(body, &page, &problem), qPrintable(problem));
        QCOMPARE(page.athletes.size(), 2);
        QCOMPARE(page.athletes.at(0).id, QStringLiteral("a1"));
        QCOMPARE(page.athletes.at(1).id, QStringLiteral("a2"));
        QCOMPARE(page.totalCount, total);
    }

    // A negative total came out as it was sent, the flaw fuzz_capturepage found
    // in CapturePage (corpus/athletepage/negative-total.json): no count is -1.
    void aTotalThatIsNoCountIsUnknown_data()
    {
        QTest::addColumn<QByteArray>("total");
        QTest::newRow("negative") << QByteArray(R"("total_count":-2147483647)");
        QTest::newRow("negative total") << QByteArray(R"("total":-5)");
        QTest::newRow("fraction") << QByteArray(R"("count":2.5)");
        QTest::newRow("past int") << QByteArray(R"("total_count":1e20)");
    }
    void aTotalThatIsNoCountIsUnknown()
    {
        QFETCH(QByteArray, total);
        AthletePage page;
        QString problem;
        QVERIFY2(AthletePage::parse(R"({"athletes":[{"id":"a1"}],)" + total + "}", &page, &problem),
                 qPrintable(problem));
        QCOMPARE(page.totalCount, -1);
    }

    void unknownShapesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not JSON") << QByteArray("<html>");
        QTest::newRow("no array") << QByteArray(R"({"athlete":{"id":"a1"}})");
        QTest::newRow("two arrays") << QByteArray(R"({"a":[],"b":[{"id":"a1"}]})");
        QTest::newRow("athlete without id") << QByteArray(R"([{"id":"a1"},{"first_name":"Bo"}])");
        QTest::newRow("athlete not an object") << QByteArray(R"([{"id":"a1"},"a2"])");
    }
    void unknownShapesAreRefused()
    {
        QFETCH(QByteArray, body);
        AthletePage page;
        page.totalCount = 99;
        QString problem;
        QVERIFY(!AthletePage::parse(body, &page, &problem));
        QVERIFY(!problem.isEmpty());
        QCOMPARE(page.totalCount, 99);
        QVERIFY(page.athletes.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_AthletePage)
#include "tst_athletepage.moc"
