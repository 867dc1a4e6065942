#include "api/catalogue/movementcatalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

using Pairs = QList<QPair<QString, QString>>;

class TestMovementCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void everyLabelReachesTheTranslators();
    void builtInCatalogueLoadsFromResource();
    void builtInCatalogueHoldsTheDocumentedPairs();
    void golfFullSwingRequiresHandednessLeftOrRight();
    void unconfirmedKeysAreMarked();
    void lookupIsTrimmedAndCaseInsensitive();
    void missingRequiredDimensionIsReported();
    void valueOutsideTheKnownListIsReported();
    void validDimensionsGiveNoError();
    void unknownMovementIsLeftToTheServer();
    void optionalDimensionMayBeOmitted();
    void golfFullSwingIsSplitTwoAndAHalfSecondsBeforeAndOneAndAHalfAfter();
    void everyMovementsImpactNumbersSayWhy();
    void aMovementWithoutNumbersGetsTheDefault();
    void impactNumbersAreReadInSeconds();
    void brokenFilesAreRefusedWithAReason_data();
    void brokenFilesAreRefusedWithAReason();
};

void TestMovementCatalogue::builtInCatalogueLoadsFromResource()
{
    QString error;
    QFile file(QStringLiteral(":/uplift/movements.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const MovementCatalogue parsed = MovementCatalogue::fromJson(file.readAll(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!parsed.isEmpty());
    QCOMPARE(MovementCatalogue::builtIn().activityKeys(), parsed.activityKeys());
}

void TestMovementCatalogue::builtInCatalogueHoldsTheDocumentedPairs()
{
    const MovementCatalogue catalogue = MovementCatalogue::builtIn();
    QCOMPARE(catalogue.activityKeys(),
             (QStringList { QStringLiteral("golf"), QStringLiteral("baseball"), QStringLiteral("jump"),
                            QStringLiteral("lunge"), QStringLiteral("agility"), QStringLiteral("track_and_field"),
                            QStringLiteral("tennis"), QStringLiteral("stability"), QStringLiteral("other") }));
    QCOMPARE(catalogue.movementKeys(QStringLiteral("baseball")),
             (QStringList { QStringLiteral("hitting"), QStringLiteral("pitching") }));
    QCOMPARE(catalogue.movementKeys(QStringLiteral("agility")),
             (QStringList { QStringLiteral("5_0_5"), QStringLiteral("cutting") }));
    QCOMPARE(catalogue.movementKeys(QStringLiteral("other")), QStringList { QStringLiteral("other") });
    QVERIFY(catalogue.dimensions(QStringLiteral("agility"), QStringLiteral("5_0_5")).isEmpty());

    const auto jump = catalogue.dimensions(QStringLiteral("jump"), QStringLiteral("countermovement"));
    QCOMPARE(jump.size(), 1);
    QCOMPARE(jump.first().valueKeys(), (QStringList { QStringLiteral("arm-swing"), QStringLiteral("hands-on-hips") }));
    QVERIFY(jump.first().required);

    const auto lunge = catalogue.dimensions(QStringLiteral("lunge"), QStringLiteral("forward"));
    QCOMPARE(lunge.size(), 1);
    QCOMPARE(lunge.first().key, QStringLiteral("footedness"));
}

void TestMovementCatalogue::golfFullSwingRequiresHandednessLeftOrRight()
{
    const auto dimensions
        = MovementCatalogue::builtIn().dimensions(QStringLiteral("golf"), QStringLiteral("full_swing"));
    QCOMPARE(dimensions.size(), 1);
    QCOMPARE(dimensions.first().key, QStringLiteral("handedness"));
    QVERIFY(dimensions.first().required);
    QVERIFY(dimensions.first().confirmed);
    QCOMPARE(dimensions.first().valueKeys(), (QStringList { QStringLiteral("left"), QStringLiteral("right") }));
    QCOMPARE(dimensions.first().values.first().label, QStringLiteral("Left"));
}

void TestMovementCatalogue::unconfirmedKeysAreMarked()
{
    const MovementCatalogue catalogue = MovementCatalogue::builtIn();
    // Display names only in the docs: our keys must say they are a guess.
    QVERIFY(!catalogue.dimensions(QStringLiteral("jump"), QStringLiteral("countermovement")).first().confirmed);
    QVERIFY(!catalogue.dimensions(QStringLiteral("lunge"), QStringLiteral("forward")).first().confirmed);
    QVERIFY(catalogue.dimensions(QStringLiteral("baseball"), QStringLiteral("hitting")).first().confirmed);
    QVERIFY(catalogue.movement(QStringLiteral("golf"), QStringLiteral("full_swing"))->confirmed);
}

void TestMovementCatalogue::lookupIsTrimmedAndCaseInsensitive()
{
    const MovementCatalogue catalogue = MovementCatalogue::builtIn();
    const auto movement = catalogue.movement(QStringLiteral(" Golf "), QStringLiteral("FULL_SWING"));
    QVERIFY(movement.has_value());
    QCOMPARE(movement->activity, QStringLiteral("golf"));
    QCOMPARE(movement->key, QStringLiteral("full_swing"));
    QCOMPARE(catalogue.movementKeys(QStringLiteral("BASEBALL")).size(), 2);
}

void TestMovementCatalogue::missingRequiredDimensionIsReported()
{
    const MovementCatalogue catalogue = MovementCatalogue::builtIn();
    auto errors = catalogue.checkDimensions(QStringLiteral("golf"), QStringLiteral("full_swing"), {});
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, QStringLiteral("movement_attributes.handedness"));
    QCOMPARE(errors.first().code, QStringLiteral("required"));
    QVERIFY(errors.first().message.contains(QStringLiteral("Handedness")));

    // A blank value is as good as none.
    errors = catalogue.checkDimensions(QStringLiteral("golf"), QStringLiteral("full_swing"),
                                       Pairs { { QStringLiteral("handedness"), QStringLiteral("  ") } });
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().code, QStringLiteral("required"));
}

void TestMovementCatalogue::valueOutsideTheKnownListIsReported()
{
    const auto errors = MovementCatalogue::builtIn().checkDimensions(
        QStringLiteral("jump"), QStringLiteral("countermovement"),
        Pairs { { QStringLiteral("arm_position"), QStringLiteral("arms-crossed") } });
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, QStringLiteral("movement_attributes.arm_position"));
    QCOMPARE(errors.first().code, QStringLiteral("invalid_value"));
    QVERIFY(errors.first().message.contains(QStringLiteral("arms-crossed")));
    QVERIFY(errors.first().message.contains(QStringLiteral("hands-on-hips")));
}

void TestMovementCatalogue::validDimensionsGiveNoError()
{
    const MovementCatalogue catalogue = MovementCatalogue::builtIn();
    QCOMPARE(catalogue.checkDimensions(QStringLiteral("golf"), QStringLiteral("full_swing"),
                                       Pairs { { QStringLiteral("handedness"), QStringLiteral("left") },
                                               { QStringLiteral("club"), QStringLiteral("driver") } }),
             QList<FieldError>());
    QCOMPARE(catalogue.checkDimensions(QStringLiteral("agility"), QStringLiteral("5_0_5"), {}), QList<FieldError>());
}

void TestMovementCatalogue::unknownMovementIsLeftToTheServer()
{
    const MovementCatalogue catalogue = MovementCatalogue::builtIn();
    QVERIFY(!catalogue.movement(QStringLiteral("golf"), QStringLiteral("putt")).has_value());
    QCOMPARE(catalogue.checkDimensions(QStringLiteral("golf"), QStringLiteral("putt"), {}), QList<FieldError>());
    QCOMPARE(catalogue.checkDimensions(QStringLiteral("cricket"), QStringLiteral("bowling"), {}), QList<FieldError>());
    QVERIFY(catalogue.movementKeys(QStringLiteral("cricket")).isEmpty());
}

void TestMovementCatalogue::optionalDimensionMayBeOmitted()
{
    const MovementCatalogue catalogue = MovementCatalogue::builtIn();
    const auto dimensions = catalogue.dimensions(QStringLiteral("tennis"), QStringLiteral("overhand_serve"));
    QCOMPARE(dimensions.size(), 2);
    QVERIFY(!dimensions.at(0).required);
    QCOMPARE(catalogue.checkDimensions(QStringLiteral("tennis"), QStringLiteral("overhand_serve"), {}),
             QList<FieldError>());
    // Given, it must still be a known value.
    QCOMPARE(catalogue
                 .checkDimensions(QStringLiteral("tennis"), QStringLiteral("overhand_serve"),
                                  Pairs { { QStringLiteral("stance_position"), QStringLiteral("open") } })
                 .size(),
             1);
}

void TestMovementCatalogue::golfFullSwingIsSplitTwoAndAHalfSecondsBeforeAndOneAndAHalfAfter()
{
    const MovementCatalogue catalogue = MovementCatalogue::builtIn();
    const ImpactWindow golf = catalogue.impactWindow(QStringLiteral("golf"), QStringLiteral("full_swing"));
    QCOMPARE(golf.beforeMs, 2500);
    QCOMPARE(golf.afterMs, 1500);
    QVERIFY(golf.minGapMs >= 2000);
    // Looked up as the server matches keys.
    QCOMPARE(catalogue.impactWindow(QStringLiteral(" GOLF"), QStringLiteral("Full_Swing ")), golf);
    QVERIFY(catalogue.movement(QStringLiteral("golf"), QStringLiteral("full_swing"))->impact.has_value());
}

void TestMovementCatalogue::everyMovementsImpactNumbersSayWhy()
{
    int withNumbers = 0;
    for (const auto &activity : MovementCatalogue::builtIn().activities()) {
        for (const auto &movement : activity.movements) {
            if (!movement.impact)
                continue;
            ++withNumbers;
            const QString name = activity.key + QLatin1Char('/') + movement.key;
            QVERIFY2(movement.impactWhy.size() > 40, qPrintable(name));
            QVERIFY2(ImpactWindow::problemWithSides(movement.impact->beforeMs, movement.impact->afterMs).isEmpty(),
                     qPrintable(name));
            QVERIFY2(movement.impact->minGapMs >= 2000, qPrintable(name));
        }
    }
    // Every movement with a sound of its own: all but discus, Y-balance and "other".
    QCOMPARE(withNumbers, 10);
}

void TestMovementCatalogue::aMovementWithoutNumbersGetsTheDefault()
{
    const MovementCatalogue catalogue = MovementCatalogue::builtIn();
    const ImpactWindow expected { 2000, 2000, 2000 };
    QVERIFY(!catalogue.movement(QStringLiteral("other"), QStringLiteral("other"))->impact.has_value());
    QCOMPARE(catalogue.impactWindow(QStringLiteral("other"), QStringLiteral("other")), expected);
    QCOMPARE(catalogue.impactWindow(QStringLiteral("cricket"), QStringLiteral("bowling")), expected);
    QCOMPARE(catalogue.impactWindow(QString(), QString()), expected);
}

void TestMovementCatalogue::impactNumbersAreReadInSeconds()
{
    QString error;
    const MovementCatalogue catalogue = MovementCatalogue::fromJson(
        R"({"format":1,"activities":[{"key":"golf","label":"G","movements":[{"key":"chip","label":"C",)"
        R"("impact":{"before_s":1.25,"after_s":0.75,"min_gap_s":4,"why":"short swing"}}]}]})",
        &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(catalogue.impactWindow(QStringLiteral("golf"), QStringLiteral("chip")),
             (ImpactWindow { 1250, 750, 4000 }));
    QCOMPARE(catalogue.movement(QStringLiteral("golf"), QStringLiteral("chip"))->impactWhy,
             QStringLiteral("short swing"));
}

void TestMovementCatalogue::brokenFilesAreRefusedWithAReason_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not json") << QByteArray("{") << QString();
    QTest::newRow("wrong format") << QByteArray(R"({"format":2,"activities":[]})") << QStringLiteral("format");
    QTest::newRow("activities not array")
        << QByteArray(R"({"format":1,"activities":{}})") << QStringLiteral("activities");
    QTest::newRow("upper-case key") << QByteArray(
        R"({"format":1,"activities":[{"key":"Golf","label":"G","movements":[]}]})")
                                    << QStringLiteral("lower case");
    QTest::newRow("duplicate activity") << QByteArray(
        R"({"format":1,"activities":[{"key":"golf","label":"G","movements":[]},)"
        R"({"key":"golf","label":"G","movements":[]}]})")
                                        << QStringLiteral("twice");
    QTest::newRow("reserved dimension") << QByteArray(
        R"({"format":1,"activities":[{"key":"golf","label":"G","movements":[{"key":"x","label":"X",)"
        R"("dimensions":[{"key":"activity","label":"A","values":[{"key":"a","label":"A"}]}]}]}]})")
                                        << QStringLiteral("reserved");
    QTest::newRow("dimension without values")
        << QByteArray(R"({"format":1,"activities":[{"key":"golf","label":"G","movements":[{"key":"x","label":"X",)"
                      R"("dimensions":[{"key":"hand","label":"H","values":[]}]}]}]})")
        << QStringLiteral("no values");

    const auto withImpact = [](const char *impact) {
        return QByteArray(R"({"format":1,"activities":[{"key":"golf","label":"G","movements":[{"key":"x","label":"X",)"
                          R"("impact":)")
            + impact + QByteArray("}]}]}");
    };
    QTest::newRow("impact not an object") << withImpact("[2.5, 1.5]") << QStringLiteral("not an object");
    QTest::newRow("impact seconds as text")
        << withImpact(R"({"before_s":"2.5","after_s":1.5,"min_gap_s":2,"why":"w"})") << QStringLiteral("before_s");
    QTest::newRow("impact without after")
        << withImpact(R"({"before_s":2.5,"min_gap_s":2,"why":"w"})") << QStringLiteral("after_s");
    QTest::newRow("impact without gap") << withImpact(R"({"before_s":2.5,"after_s":1.5,"why":"w"})")
                                        << QStringLiteral("min_gap_s");
    QTest::newRow("impact negative") << withImpact(R"({"before_s":-1,"after_s":1.5,"min_gap_s":2,"why":"w"})")
                                     << QStringLiteral("negative");
    QTest::newRow("impact negative below a millisecond")
        << withImpact(R"({"before_s":-0.0004,"after_s":1.5,"min_gap_s":2,"why":"w"})") << QStringLiteral("negative");
    QTest::newRow("impact too long") << withImpact(R"({"before_s":250,"after_s":1.5,"min_gap_s":2,"why":"w"})")
                                     << QStringLiteral("golf/x");
    QTest::newRow("impact too short") << withImpact(R"({"before_s":0.1,"after_s":0.1,"min_gap_s":2,"why":"w"})")
                                      << QStringLiteral("together");
    QTest::newRow("impact gap zero") << withImpact(R"({"before_s":2.5,"after_s":1.5,"min_gap_s":0,"why":"w"})")
                                     << QStringLiteral("strikes");
    QTest::newRow("impact huge number") << withImpact(R"({"before_s":1e300,"after_s":1.5,"min_gap_s":2,"why":"w"})")
                                        << QStringLiteral("before_s");
    QTest::newRow("impact without why") << withImpact(R"({"before_s":2.5,"after_s":1.5,"min_gap_s":2})")
                                        << QStringLiteral("why");
    QTest::newRow("impact blank why") << withImpact(R"({"before_s":2.5,"after_s":1.5,"min_gap_s":2,"why":"  "})")
                                      << QStringLiteral("why");
    QTest::newRow("impact misspelt field")
        << withImpact(R"({"before_s":2.5,"after_s":1.5,"min_gap":2,"why":"w"})") << QStringLiteral("min_gap");
}

void TestMovementCatalogue::brokenFilesAreRefusedWithAReason()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    QString error;
    const MovementCatalogue catalogue = MovementCatalogue::fromJson(json, &error);
    QVERIFY(catalogue.isEmpty());
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(reason), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestMovementCatalogue)
// Every "label" of the built-in file is in the list lupdate reads
// (app/api/catalogue/movementlabels.cpp), so the coach reads it in their language.
void TestMovementCatalogue::everyLabelReachesTheTranslators()
{
    QFile file(QStringLiteral(":/uplift/movements.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QStringList labels;
    std::function<void(const QJsonValue &)> walk = [&](const QJsonValue &value) {
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            if (object.value(QStringLiteral("label")).isString())
                labels << object.value(QStringLiteral("label")).toString();
            for (const QJsonValue &child : object)
                walk(child);
        } else if (value.isArray()) {
            for (const QJsonValue &child : value.toArray())
                walk(child);
        }
    };
    walk(QJsonDocument::fromJson(file.readAll()).object());
    QVERIFY(labels.size() > 30);
    const QStringList listed = MovementCatalogue::translatableLabels();
    for (const QString &label : std::as_const(labels))
        QVERIFY2(listed.contains(label),
                 qPrintable(label + QStringLiteral(" is not in app/api/catalogue/movementlabels.cpp")));
}

#include "tst_movementcatalogue.moc"
