#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

// The .ts files in the repository against the sources: lupdate is run on a
// temporary copy of every .ts with the same sources and options as the
// update_translations target, and the test fails when the repository's file
// is out of date, has an entry that is not finished (unfinished, vanished,
// obsolete, empty), or a translation that drops or adds a placeholder, an
// accelerator or a line break.
namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // the translation's type attribute: "", unfinished, vanished, obsolete
    QStringList translations; // one, or one per <numerusform>

    // A message that became a plural (%n) one in the sources is a new message.
    QString key() const
    {
        return context + QChar(0x1) + source + QChar(0x1) + comment
            + (numerus ? QStringLiteral(" [plural]") : QString());
    }
    QString where() const
    {
        QString text = QStringLiteral("[%1] \"%2\"").arg(context, source);
        if (!comment.isEmpty())
            text += QStringLiteral(" (%1)").arg(comment);
        return text;
    }
};

struct TsFile
{
    QString language;
    QList<Message> messages;
    QString error;
};

// lupdate writes characters XML cannot hold (a carriage return) as <byte value="xd"/>.
QString readText(QXmlStreamReader &xml)
{
    QString text;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::Characters) {
            text += xml.text();
        } else if (token == QXmlStreamReader::StartElement && xml.name() == QLatin1String("byte")) {
            QString value = xml.attributes().value(QLatin1String("value")).toString();
            const bool hex = value.startsWith(QLatin1Char('x'));
            text += QChar(char16_t(value.mid(hex ? 1 : 0).toUInt(nullptr, hex ? 16 : 10)));
            xml.skipCurrentElement();
        } else if (token == QXmlStreamReader::EndElement) {
            break;
        }
    }
    return text;
}

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("TS")) {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (xml.name() == QLatin1String("context")) {
            context.clear();
        } else if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            Message m;
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("source")) {
                    m.source = readText(xml);
                } else if (xml.name() == QLatin1String("comment")) {
                    m.comment = readText(xml);
                } else if (xml.name() == QLatin1String("translation")) {
                    m.type = xml.attributes().value(QLatin1String("type")).toString();
                    if (m.numerus) {
                        while (xml.readNextStartElement()) {
                            if (xml.name() == QLatin1String("numerusform"))
                                m.translations << readText(xml);
                            else
                                xml.skipCurrentElement();
                        }
                    } else {
                        m.translations << readText(xml);
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            ts.messages << m;
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return ts;
}

QStringList readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QStringList lines;
    for (const QByteArray &line : file.readAll().split('\n'))
        if (!line.trimmed().isEmpty())
            lines << QString::fromUtf8(line.trimmed());
    return lines;
}

// %1..%99, %L1 and %n, as QString::arg and tr()'s numerus use them; sorted so
// a translation may reorder them but not drop or add one.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:L?[0-9]{1,2}|n|Ln)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

// A menu or label mnemonic: "&File", "Ü&ber", "ファイル(&F)"; "&&" is a literal ampersand.
int accelerators(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (!text.at(i + 1).isSpace())
            ++count;
    }
    return count;
}

// How many plural forms Qt's numerus rules give each shipped language.
int numerusForms(const QString &language)
{
    static const QHash<QString, int> forms { { QStringLiteral("de"), 2 },
                                             { QStringLiteral("es"), 2 },
                                             { QStringLiteral("fr"), 2 },
                                             { QStringLiteral("ja"), 1 } };
    return forms.value(language.section(QLatin1Char('_'), 0, 0), -1);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    QStringList m_tsFiles;
    QMap<QString, TsFile> m_refreshed; // repository path -> lupdate's view of it
    QString m_lupdateOutput;

private slots:
    void initTestCase()
    {
        m_tsFiles = readLines(QStringLiteral(UPLIFT_TS_LIST));
        QVERIFY2(!m_tsFiles.isEmpty(), UPLIFT_TS_LIST " lists no .ts file");
        QVERIFY2(!readLines(QStringLiteral(UPLIFT_SOURCES_LIST)).isEmpty(), UPLIFT_SOURCES_LIST " lists no source");

        const QString scratch
            = qEnvironmentVariable("UPLIFT_TEST_TMP", QDir::tempPath()) + QStringLiteral("/tst_translations");
        QDir(scratch).removeRecursively();
        QVERIFY(QDir().mkpath(scratch));
        QStringList copies;
        for (const QString &ts : m_tsFiles) {
            const QString copy = scratch + QLatin1Char('/') + QFileInfo(ts).fileName();
            QVERIFY2(QFile::copy(ts, copy), qPrintable(ts));
            copies << copy;
        }

        // One lupdate run for every copy, with update_translations' options.
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(UPLIFT_LUPDATE),
                      QStringList { QStringLiteral("-locations"), QStringLiteral("none"),
                                    QStringLiteral("-no-obsolete"), QStringLiteral("-silent"),
                                    QStringLiteral("@" UPLIFT_SOURCES_LIST), QStringLiteral("-ts") }
                          + copies);
        QVERIFY2(lupdate.waitForFinished(30000), "lupdate did not finish in 30 s");
        m_lupdateOutput = QString::fromUtf8(lupdate.readAll());
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
                 qPrintable(QStringLiteral("lupdate failed:\n") + m_lupdateOutput));

        for (qsizetype i = 0; i < m_tsFiles.size(); ++i) {
            TsFile refreshed = readTs(copies.at(i));
            QVERIFY2(refreshed.error.isEmpty(), qPrintable(copies.at(i) + QStringLiteral(": ") + refreshed.error));
            m_refreshed.insert(m_tsFiles.at(i), refreshed);
        }
    }

    void everyLanguageIsChecked()
    {
        for (const QString &ts : std::as_const(m_tsFiles)) {
            const TsFile file = readTs(ts);
            QVERIFY2(file.error.isEmpty(), qPrintable(ts + QStringLiteral(": ") + file.error));
            QVERIFY2(numerusForms(file.language) > 0,
                     qPrintable(QStringLiteral("%1: language \"%2\" has no plural-form count in tst_translations")
                                    .arg(ts, file.language)));
        }
    }

    void upToDate_data()
    {
        QTest::addColumn<QString>("ts");
        for (const QString &ts : std::as_const(m_tsFiles))
            QTest::newRow(qPrintable(QFileInfo(ts).fileName())) << ts;
    }

    void upToDate()
    {
        QFETCH(QString, ts);
        const TsFile repo = readTs(ts);
        const TsFile refreshed = m_refreshed.value(ts);
        QSet<QString> inRepo, inSources;
        for (const Message &m : repo.messages)
            inRepo.insert(m.key());
        QStringList problems;
        for (const Message &m : refreshed.messages) {
            inSources.insert(m.key());
            if (!inRepo.contains(m.key()))
                problems << QStringLiteral("%1: new in the sources, missing from the .ts").arg(m.where());
        }
        for (const Message &m : repo.messages) {
            if (!inSources.contains(m.key()))
                problems << QStringLiteral("%1: no longer in the sources").arg(m.where());
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 is out of date; run `cmake --build <build dir> --target "
                                           "update_translations` and translate:\n  %2")
                                .arg(ts, problems.join(QStringLiteral("\n  ")))));
    }

    void complete_data() { upToDate_data(); }

    void complete()
    {
        QFETCH(QString, ts);
        const TsFile repo = readTs(ts);
        const int forms = numerusForms(repo.language);
        QStringList problems;
        for (const Message &m : repo.messages) {
            if (!m.type.isEmpty()) {
                problems << QStringLiteral("%1: the translation is %2").arg(m.where(), m.type);
                continue;
            }
            if (m.numerus && m.translations.size() != forms)
                problems << QStringLiteral("%1: %2 plural forms, %3 needs %4")
                                .arg(m.where())
                                .arg(m.translations.size())
                                .arg(repo.language)
                                .arg(forms);
            for (const QString &translation : m.translations) {
                if (translation.trimmed().isEmpty()) {
                    problems << QStringLiteral("%1: the translation is empty").arg(m.where());
                    continue;
                }
                const QStringList expected = placeholders(m.source);
                const QStringList got = placeholders(translation);
                if (expected != got)
                    problems << QStringLiteral("%1: \"%2\" has the placeholders (%3), the source (%4)")
                                    .arg(m.where(), translation, got.join(QLatin1Char(' ')),
                                         expected.join(QLatin1Char(' ')));
                if (accelerators(m.source) != accelerators(translation))
                    problems << QStringLiteral("%1: \"%2\" has %3 keyboard accelerators (&), the source %4")
                                    .arg(m.where(), translation)
                                    .arg(accelerators(translation))
                                    .arg(accelerators(m.source));
                if (m.source.count(QLatin1Char('\n')) != translation.count(QLatin1Char('\n')))
                    problems << QStringLiteral("%1: \"%2\" has a different number of line breaks")
                                    .arg(m.where(), translation);
            }
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 has %2 problem(s):\n  %3")
                                .arg(ts)
                                .arg(problems.size())
                                .arg(problems.join(QStringLiteral("\n  ")))));
    }

    // The check itself: a placeholder dropped, an accelerator added, and the
    // forms it must accept.
    void placeholderAndAcceleratorRules()
    {
        QCOMPARE(placeholders(QStringLiteral("%1 of %L2, %n left, 100%")),
                 (QStringList { QStringLiteral("%1"), QStringLiteral("%L2"), QStringLiteral("%n") }));
        QVERIFY(placeholders(QStringLiteral("%2 – %1")) == placeholders(QStringLiteral("%1 – %2")));
        QVERIFY(placeholders(QStringLiteral("%1 MB/s")) != placeholders(QStringLiteral("MB/s")));
        QCOMPARE(accelerators(QStringLiteral("&File")), 1);
        QCOMPARE(accelerators(QStringLiteral("ファイル(&F)")), 1);
        QCOMPARE(accelerators(QStringLiteral("Fish && Chips")), 0);
        QCOMPARE(accelerators(QStringLiteral("A & B")), 0);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
