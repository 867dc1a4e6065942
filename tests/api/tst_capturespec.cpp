#include "api/messages/capturespec.h"

#include <QJsonDocument>
#include <QTest>

// One test per rule of POST /captures, named after the rule, with the
// boundary cases on both sides.
class tst_CaptureSpec : public QObject
{
    Q_OBJECT

private:
    static QDateTime now() { return QDateTime(QDate(2026, 5, 13), QTime(12, 30, 0), Qt::UTC); }

    static CaptureSpec valid()
    {
        CaptureSpec spec;
        spec.athleteId = QStringLiteral("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee");
        spec.sessionGroupId = QStringLiteral("11111111-2222-3333-4444-555555555555");
        spec.cameraSetup = QStringLiteral("single.down_the_line");
        spec.cameraOrientation = QStringLiteral("landscape");
        spec.activity = QStringLiteral("golf");
        spec.movement = QStringLiteral("full_swing");
        spec.fileName = QStringLiteral("swing-001.mov");
        spec.captureTime = QDateTime(QDate(2026, 5, 13), QTime(12, 0), Qt::UTC);
        return spec;
    }

    static QStringList codesFor(const CaptureSpec &spec, const QString &field)
    {
        QStringList codes;
        for (const FieldError &e : spec.validate(now())) {
            if (e.field == field) {
                codes << e.code;
                if (e.message.isEmpty())
                    codes << QStringLiteral("<no message>");
            }
        }
        return codes;
    }

    static const char *exampleBody()
    {
        return R"({
  "athlete_id": "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee",
  "session_group_id": "11111111-2222-3333-4444-555555555555",
  "file_name": "swing-001.mov",
  "capture_time": "2026-05-13T12:00:00.000Z",
  "camera_configuration": {
    "camera_setup_selection": "single.down_the_line",
    "camera_orientation": "landscape"
  },
  "movement_attributes": {
    "activity": "golf",
    "movement": "full_swing"
  }
})";
    }

private slots:
    void validSpecHasNoErrors()
    {
        const QList<FieldError> errors = valid().validate(now());
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).field + QLatin1Char(' ') + errors.value(0).code));
    }

    void athleteIdIsRequired()
    {
        CaptureSpec spec = valid();
        spec.athleteId.clear();
        QCOMPARE(codesFor(spec, QStringLiteral("athlete_id")), QStringList { QStringLiteral("required") });
    }

    void athleteIdIsUuid_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("ok");
        QTest::newRow("canonical") << QStringLiteral("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee") << true;
        QTest::newRow("upper case") << QStringLiteral("AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE") << true;
        QTest::newRow("too short") << QStringLiteral("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeee") << false;
        QTest::newRow("too long") << QStringLiteral("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeeee") << false;
        QTest::newRow("not hex") << QStringLiteral("gaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee") << false;
        QTest::newRow("no dashes") << QStringLiteral("aaaaaaaabbbbccccddddeeeeeeeeeeee") << false;
        QTest::newRow("braces") << QStringLiteral("{aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee}") << false;
        QTest::newRow("dash moved") << QStringLiteral("aaaaaaa-abbbb-cccc-dddd-eeeeeeeeeeee") << false;
        QTest::newRow("trailing space") << QStringLiteral("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee ") << false;
        QTest::newRow("trailing newline") << QStringLiteral("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee\n") << false;
        QTest::newRow("name") << QStringLiteral("Jane Doe") << false;
    }
    void athleteIdIsUuid()
    {
        QFETCH(QString, value);
        QFETCH(bool, ok);
        CaptureSpec spec = valid();
        spec.athleteId = value;
        QCOMPARE(codesFor(spec, QStringLiteral("athlete_id")),
                 ok ? QStringList() : QStringList { QStringLiteral("invalid_uuid") });
    }

    void sessionGroupIdIsRequired()
    {
        CaptureSpec spec = valid();
        spec.sessionGroupId.clear();
        QCOMPARE(codesFor(spec, QStringLiteral("session_group_id")), QStringList { QStringLiteral("required") });
    }

    void sessionGroupIdIsUuid_data() { athleteIdIsUuid_data(); }
    void sessionGroupIdIsUuid()
    {
        QFETCH(QString, value);
        QFETCH(bool, ok);
        CaptureSpec spec = valid();
        spec.sessionGroupId = value;
        QCOMPARE(codesFor(spec, QStringLiteral("session_group_id")),
                 ok ? QStringList() : QStringList { QStringLiteral("invalid_uuid") });
    }

    void cameraSetupIsRequired()
    {
        CaptureSpec spec = valid();
        spec.cameraSetup.clear();
        QCOMPARE(codesFor(spec, QStringLiteral("camera_configuration.camera_setup_selection")),
                 QStringList { QStringLiteral("required") });
    }

    void cameraSetupIsOneOfTheSetups_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("ok");
        QTest::newRow("front on") << QStringLiteral("single.front_on") << true;
        QTest::newRow("down the line") << QStringLiteral("single.down_the_line") << true;
        QTest::newRow("upper case") << QStringLiteral("SINGLE.FRONT_ON") << false;
        QTest::newRow("dual") << QStringLiteral("dual.front_on") << false;
        QTest::newRow("padded") << QStringLiteral(" single.front_on") << false;
    }
    void cameraSetupIsOneOfTheSetups()
    {
        QFETCH(QString, value);
        QFETCH(bool, ok);
        CaptureSpec spec = valid();
        spec.cameraSetup = value;
        QCOMPARE(codesFor(spec, QStringLiteral("camera_configuration.camera_setup_selection")),
                 ok ? QStringList() : QStringList { QStringLiteral("invalid_value") });
    }

    void cameraOrientationIsPortraitOrLandscapeWhenGiven_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("ok");
        QTest::newRow("omitted") << QString() << true;
        QTest::newRow("portrait") << QStringLiteral("portrait") << true;
        QTest::newRow("landscape") << QStringLiteral("landscape") << true;
        QTest::newRow("Landscape") << QStringLiteral("Landscape") << false;
        QTest::newRow("square") << QStringLiteral("square") << false;
    }
    void cameraOrientationIsPortraitOrLandscapeWhenGiven()
    {
        QFETCH(QString, value);
        QFETCH(bool, ok);
        CaptureSpec spec = valid();
        spec.cameraOrientation = value;
        QCOMPARE(codesFor(spec, QStringLiteral("camera_configuration.camera_orientation")),
                 ok ? QStringList() : QStringList { QStringLiteral("invalid_value") });
        QCOMPARE(spec.toJson()
                     .value(QStringLiteral("camera_configuration"))
                     .toObject()
                     .contains(QStringLiteral("camera_orientation")),
                 !value.isEmpty());
    }

    void cameraExtrasCannotRedefineNamedKeys()
    {
        CaptureSpec spec = valid();
        spec.cameraExtras.insert(QStringLiteral("camera_setup_selection"), QStringLiteral("single.front_on"));
        QCOMPARE(codesFor(spec, QStringLiteral("camera_configuration.camera_setup_selection")),
                 QStringList { QStringLiteral("reserved_key") });
    }

    void activityIsRequiredAndAtMost128Characters_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << QString() << QStringLiteral("required");
        QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("blank");
        QTest::newRow("1") << QStringLiteral("g") << QString();
        QTest::newRow("128") << QString(128, QLatin1Char('a')) << QString();
        QTest::newRow("129") << QString(129, QLatin1Char('a')) << QStringLiteral("too_long");
        // 65 characters outside the BMP are 130 UTF-16 units: refused, the
        // defensive reading of maxLength (see capturespec.cpp).
        QString astral;
        for (int i = 0; i < 65; ++i)
            astral += QString::fromUtf8("\xF0\x9F\x8F\x8C");
        QTest::newRow("65 astral") << astral << QStringLiteral("too_long");
    }
    void activityIsRequiredAndAtMost128Characters()
    {
        QFETCH(QString, value);
        QFETCH(QString, code);
        CaptureSpec spec = valid();
        spec.activity = value;
        QCOMPARE(codesFor(spec, QStringLiteral("movement_attributes.activity")),
                 code.isEmpty() ? QStringList() : QStringList { code });
    }

    void movementIsRequiredAndAtMost128Characters_data() { activityIsRequiredAndAtMost128Characters_data(); }
    void movementIsRequiredAndAtMost128Characters()
    {
        QFETCH(QString, value);
        QFETCH(QString, code);
        CaptureSpec spec = valid();
        spec.movement = value;
        QCOMPARE(codesFor(spec, QStringLiteral("movement_attributes.movement")),
                 code.isEmpty() ? QStringList() : QStringList { code });
    }

    void movementDimensionsAreStrings()
    {
        // A CaptureSpec can only hold strings; the JSON reader refuses others.
        QList<FieldError> errors;
        const QJsonObject body = QJsonDocument::fromJson(R"({"movement_attributes":
            {"activity":"golf","movement":"full_swing","handedness":1,"club":"driver","x":null,"y":["l"]}})")
                                     .object();
        const CaptureSpec spec = CaptureSpec::fromJson(body, &errors);
        QVERIFY(
            hasFieldError(errors, QStringLiteral("movement_attributes.handedness"), QStringLiteral("not_a_string")));
        QVERIFY(hasFieldError(errors, QStringLiteral("movement_attributes.x"), QStringLiteral("not_a_string")));
        QVERIFY(hasFieldError(errors, QStringLiteral("movement_attributes.y"), QStringLiteral("not_a_string")));
        QVERIFY(!hasFieldError(errors, QStringLiteral("movement_attributes.club")));
        QCOMPARE(spec.movementDimensions.value(QStringLiteral("club")), QStringLiteral("driver"));
        QCOMPARE(spec.toJson()[QStringLiteral("movement_attributes")][QStringLiteral("club")].toString(),
                 QStringLiteral("driver"));
    }

    void movementDimensionsCannotRedefineActivityOrMovement()
    {
        CaptureSpec spec = valid();
        spec.movementDimensions.insert(QStringLiteral("activity"), QStringLiteral("tennis"));
        QCOMPARE(codesFor(spec, QStringLiteral("movement_attributes.activity")),
                 QStringList { QStringLiteral("reserved_key") });
    }

    void fileNameIsRequiredAndNotBlank_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << QString() << QStringLiteral("required");
        QTest::newRow("spaces") << QStringLiteral("   ") << QStringLiteral("blank");
        QTest::newRow("tab newline") << QStringLiteral("\t\n") << QStringLiteral("blank");
        QTest::newRow("only extension") << QStringLiteral(".mov") << QStringLiteral("blank");
        QTest::newRow("one letter") << QStringLiteral("a.mov") << QString();
    }
    void fileNameIsRequiredAndNotBlank()
    {
        QFETCH(QString, value);
        QFETCH(QString, code);
        CaptureSpec spec = valid();
        spec.fileName = value;
        QCOMPARE(codesFor(spec, QStringLiteral("file_name")), code.isEmpty() ? QStringList() : QStringList { code });
    }

    void fileNameIsAtMost255Characters_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<bool>("ok");
        QTest::newRow("255") << 255 << true;
        QTest::newRow("256") << 256 << false;
    }
    void fileNameIsAtMost255Characters()
    {
        QFETCH(int, length);
        QFETCH(bool, ok);
        CaptureSpec spec = valid();
        spec.fileName = QString(length - 4, QLatin1Char('x')) + QStringLiteral(".mov");
        QCOMPARE(spec.fileName.size(), length);
        QCOMPARE(codesFor(spec, QStringLiteral("file_name")),
                 ok ? QStringList() : QStringList { QStringLiteral("too_long") });
    }

    void fileNameHasNoPathSeparator_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("ok");
        QTest::newRow("plain") << QStringLiteral("ab.mov") << true;
        QTest::newRow("slash") << QStringLiteral("a/b.mov") << false;
        QTest::newRow("backslash") << QStringLiteral("a\\b.mov") << false;
        QTest::newRow("leading slash") << QStringLiteral("/b.mov") << false;
    }
    void fileNameHasNoPathSeparator()
    {
        QFETCH(QString, value);
        QFETCH(bool, ok);
        CaptureSpec spec = valid();
        spec.fileName = value;
        QCOMPARE(codesFor(spec, QStringLiteral("file_name")),
                 ok ? QStringList() : QStringList { QStringLiteral("path_separator") });
    }

    void fileNameEndsInMovInAnyCase_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("ok");
        QTest::newRow(".mov") << QStringLiteral("a.mov") << true;
        QTest::newRow(".MOV") << QStringLiteral("a.MOV") << true;
        QTest::newRow(".Mov") << QStringLiteral("a.Mov") << true;
        QTest::newRow(".mp4") << QStringLiteral("a.mp4") << false;
        QTest::newRow("no extension") << QStringLiteral("amov") << false;
        QTest::newRow(".mov.mp4") << QStringLiteral("a.mov.mp4") << false;
        QTest::newRow(".movx") << QStringLiteral("a.movx") << false;
    }
    void fileNameEndsInMovInAnyCase()
    {
        QFETCH(QString, value);
        QFETCH(bool, ok);
        CaptureSpec spec = valid();
        spec.fileName = value;
        QCOMPARE(codesFor(spec, QStringLiteral("file_name")),
                 ok ? QStringList() : QStringList { QStringLiteral("wrong_extension") });
    }

    void captureTimeIsNotInTheFuture_data()
    {
        QTest::addColumn<qint64>("offsetMs");
        QTest::addColumn<bool>("ok");
        QTest::newRow("1 s in the past") << qint64(-1000) << true;
        QTest::newRow("now") << qint64(0) << true;
        QTest::newRow("1 ms in the future") << qint64(1) << false;
        QTest::newRow("1 s in the future") << qint64(1000) << false;
        QTest::newRow("a day in the future") << qint64(86400000) << false;
    }
    void captureTimeIsNotInTheFuture()
    {
        QFETCH(qint64, offsetMs);
        QFETCH(bool, ok);
        CaptureSpec spec = valid();
        spec.captureTime = now().addMSecs(offsetMs);
        QCOMPARE(codesFor(spec, QStringLiteral("capture_time")),
                 ok ? QStringList() : QStringList { QStringLiteral("future_time") });
        // Same rule in another time zone: the instant counts, not the wall clock.
        spec.captureTime = spec.captureTime.toOffsetFromUtc(-5 * 3600);
        QCOMPARE(codesFor(spec, QStringLiteral("capture_time")),
                 ok ? QStringList() : QStringList { QStringLiteral("future_time") });
    }

    void captureTimeIsOptional()
    {
        CaptureSpec spec = valid();
        spec.captureTime = QDateTime();
        QVERIFY(spec.validate(now()).isEmpty());
        QVERIFY(!spec.toJson().contains(QStringLiteral("capture_time")));
    }

    void captureTimeIsAValidDateTime_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("utc"); // empty = refused
        QTest::newRow("Z with ms") << QStringLiteral("2026-05-13T12:00:00.000Z")
                                   << QStringLiteral("2026-05-13T12:00:00.000Z");
        QTest::newRow("no fraction") << QStringLiteral("2026-05-13T12:00:00Z")
                                     << QStringLiteral("2026-05-13T12:00:00.000Z");
        QTest::newRow("offset") << QStringLiteral("2026-05-13T14:00:00.250+02:00")
                                << QStringLiteral("2026-05-13T12:00:00.250Z");
        QTest::newRow("microseconds") << QStringLiteral("2026-05-13T12:00:00.123456Z")
                                      << QStringLiteral("2026-05-13T12:00:00.123Z");
        QTest::newRow("no zone") << QStringLiteral("2026-05-13T12:00:00") << QString();
        QTest::newRow("date only") << QStringLiteral("2026-05-13") << QString();
        QTest::newRow("month 13") << QStringLiteral("2026-13-13T12:00:00Z") << QString();
        QTest::newRow("words") << QStringLiteral("yesterday") << QString();
        QTest::newRow("epoch number text") << QStringLiteral("1778673600") << QString();
    }
    void captureTimeIsAValidDateTime()
    {
        QFETCH(QString, text);
        QFETCH(QString, utc);
        QJsonObject body = valid().toJson();
        body.insert(QStringLiteral("capture_time"), text);
        QList<FieldError> errors;
        const CaptureSpec spec = CaptureSpec::fromJson(body, &errors);
        if (utc.isEmpty()) {
            QVERIFY(hasFieldError(errors, QStringLiteral("capture_time"), QStringLiteral("invalid_date_time")));
        } else {
            QVERIFY(errors.isEmpty());
            QCOMPARE(spec.toJson().value(QStringLiteral("capture_time")).toString(), utc);
        }
        body.insert(QStringLiteral("capture_time"), 1778673600);
        CaptureSpec::fromJson(body, &errors);
        QVERIFY(hasFieldError(errors, QStringLiteral("capture_time"), QStringLiteral("not_a_string")));
    }

    void captureTimeIsSentInUtcWithMilliseconds()
    {
        CaptureSpec spec = valid();
        spec.captureTime = QDateTime(QDate(2026, 5, 13), QTime(9, 4, 5, 7), Qt::OffsetFromUTC, -3 * 3600);
        QCOMPARE(spec.toJson().value(QStringLiteral("capture_time")).toString(),
                 QStringLiteral("2026-05-13T12:04:05.007Z"));
    }

    void requiredFieldsReportedFromAnEmptyBody()
    {
        QList<FieldError> typeErrors;
        const CaptureSpec spec = CaptureSpec::fromJson(QJsonObject(), &typeErrors);
        QVERIFY(typeErrors.isEmpty());
        const QList<FieldError> errors = spec.validate(now());
        for (const char *field : { "athlete_id", "session_group_id", "camera_configuration.camera_setup_selection",
                                   "movement_attributes.activity", "movement_attributes.movement", "file_name" })
            QVERIFY2(hasFieldError(errors, QString::fromLatin1(field), QStringLiteral("required")), field);
        for (const FieldError &e : errors)
            QVERIFY2(!e.message.isEmpty(), qPrintable(e.field));
    }

    void wrongTypesAreReportedByField()
    {
        const QJsonObject body = QJsonDocument::fromJson(R"({"athlete_id":5,"session_group_id":null,
            "file_name":["a.mov"],"camera_configuration":"single.front_on","movement_attributes":[]})")
                                     .object();
        QList<FieldError> errors;
        CaptureSpec::fromJson(body, &errors);
        QVERIFY(hasFieldError(errors, QStringLiteral("athlete_id"), QStringLiteral("not_a_string")));
        QVERIFY(hasFieldError(errors, QStringLiteral("session_group_id"), QStringLiteral("not_a_string")));
        QVERIFY(hasFieldError(errors, QStringLiteral("file_name"), QStringLiteral("not_a_string")));
        QVERIFY(hasFieldError(errors, QStringLiteral("camera_configuration"), QStringLiteral("not_an_object")));
        QVERIFY(hasFieldError(errors, QStringLiteral("movement_attributes"), QStringLiteral("not_an_object")));

        const QJsonObject camera
            = QJsonDocument::fromJson(
                  R"({"camera_configuration":{"camera_setup_selection":1,"camera_orientation":""}})")
                  .object();
        CaptureSpec::fromJson(camera, &errors);
        QVERIFY(hasFieldError(errors, QStringLiteral("camera_configuration.camera_setup_selection"),
                              QStringLiteral("not_a_string")));
        QVERIFY(hasFieldError(errors, QStringLiteral("camera_configuration.camera_orientation"),
                              QStringLiteral("invalid_value")));
    }

    void specExampleRoundTrips()
    {
        QJsonParseError parseError;
        const QJsonDocument example = QJsonDocument::fromJson(exampleBody(), &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QList<FieldError> errors;
        const CaptureSpec spec = CaptureSpec::fromJson(example.object(), &errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(spec, valid());
        QVERIFY(spec.validate(now()).isEmpty());
        QCOMPARE(spec.toJson(), example.object());
        QCOMPARE(QJsonDocument(spec.toJson()).toJson(QJsonDocument::Compact), example.toJson(QJsonDocument::Compact));
    }

    void extraCameraKeysAndDimensionsRoundTrip()
    {
        CaptureSpec spec = valid();
        spec.cameraExtras.insert(QStringLiteral("device"), QStringLiteral("iPhone 15"));
        spec.cameraExtras.insert(QStringLiteral("fps"), 240);
        spec.movementDimensions.insert(QStringLiteral("handedness"), QStringLiteral("left"));
        const QJsonObject json = spec.toJson();
        const QJsonObject camera = json.value(QStringLiteral("camera_configuration")).toObject();
        QCOMPARE(camera.value(QStringLiteral("device")).toString(), QStringLiteral("iPhone 15"));
        QCOMPARE(camera.value(QStringLiteral("fps")).toInt(), 240);
        QCOMPARE(camera.value(QStringLiteral("camera_setup_selection")).toString(),
                 QStringLiteral("single.down_the_line"));
        QCOMPARE(json.value(QStringLiteral("movement_attributes"))[QStringLiteral("handedness")].toString(),
                 QStringLiteral("left"));
        QList<FieldError> errors;
        QCOMPARE(CaptureSpec::fromJson(json, &errors), spec);
        QVERIFY(errors.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_CaptureSpec)
#include "tst_capturespec.moc"
