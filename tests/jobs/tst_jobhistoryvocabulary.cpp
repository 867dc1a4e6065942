// The words a job's history is stored with (jobs/jobhistory.h). They are written
// here literally, as they stand in every job store already on a coach's computer:
// a restart reads them back to decide what is still unsettled, so a word renamed
// in the table would silently change what is re-checked. This test fails first.
#include "jobs/store/jobhistory.h"
#include "jobs/words/historywords.h"

#include <QSet>
#include <QTest>

using JobHistory::Outcome;
using JobHistory::Step;

Q_DECLARE_METATYPE(JobHistory::Step)
Q_DECLARE_METATYPE(JobHistory::Outcome)

namespace {

const QList<std::pair<Step, QString>> &storedSteps()
{
    static const QList<std::pair<Step, QString>> words {
        { Step::Enqueue, QStringLiteral("enqueue") }, { Step::Resume, QStringLiteral("resume") },
        { Step::Prepare, QStringLiteral("prepare") }, { Step::CheckFile, QStringLiteral("check-file") },
        { Step::Reserve, QStringLiteral("reserve") }, { Step::Upload, QStringLiteral("upload") },
        { Step::Status, QStringLiteral("status") },   { Step::Reconcile, QStringLiteral("reconcile") },
        { Step::Cancel, QStringLiteral("cancel") },   { Step::Retry, QStringLiteral("retry") },
        { Step::Pause, QStringLiteral("pause") },
    };
    return words;
}

const QList<std::pair<Outcome, QString>> &storedOutcomes()
{
    static const QList<std::pair<Outcome, QString>> words {
        { Outcome::Ok, QStringLiteral("ok") },
        { Outcome::Start, QStringLiteral("start") },
        { Outcome::Again, QStringLiteral("again") },
        { Outcome::Interrupted, QStringLiteral("interrupted") },
        { Outcome::PrepareAgain, QStringLiteral("prepare-again") },
        { Outcome::Restart, QStringLiteral("restart") },
        { Outcome::LostAnswer, QStringLiteral("lost-answer") },
        { Outcome::ReplaceExpired, QStringLiteral("replace-expired") },
        { Outcome::ReplaceUnreachable, QStringLiteral("replace-unreachable") },
        { Outcome::Retry, QStringLiteral("retry") },
        { Outcome::Expired, QStringLiteral("expired") },
        { Outcome::Offline, QStringLiteral("offline") },
        { Outcome::AttemptsExhausted, QStringLiteral("attempts-exhausted") },
        { Outcome::BudgetExhausted, QStringLiteral("budget-exhausted") },
        { Outcome::Failed, QStringLiteral("failed") },
        { Outcome::Completed, QStringLiteral("completed") },
        { Outcome::Error, QStringLiteral("error") },
        { Outcome::Requested, QStringLiteral("requested") },
        { Outcome::Matched, QStringLiteral("matched") },
        { Outcome::NotUploaded, QStringLiteral("not-uploaded") },
        { Outcome::Unchecked, QStringLiteral("unchecked") },
        { Outcome::Unmatched, QStringLiteral("unmatched") },
        { Outcome::Orphaned, QStringLiteral("orphaned") },
    };
    return words;
}

} // namespace

class tst_JobHistoryVocabulary : public QObject
{
    Q_OBJECT

private slots:
    void stepWords_data()
    {
        QTest::addColumn<Step>("step");
        QTest::addColumn<QString>("word");
        for (const auto &[step, word] : storedSteps())
            QTest::newRow(qPrintable(word)) << step << word;
    }

    // Written as today's word, and read back as the same step.
    void stepWords()
    {
        QFETCH(Step, step);
        QFETCH(QString, word);
        QCOMPARE(JobHistory::toString(step), word);
        QCOMPARE(JobHistory::stepFrom(word), std::optional<Step>(step));
        QCOMPARE(JobHistory::stepFrom(JobHistory::toString(step)), std::optional<Step>(step));
    }

    void outcomeWords_data()
    {
        QTest::addColumn<Outcome>("outcome");
        QTest::addColumn<QString>("word");
        for (const auto &[outcome, word] : storedOutcomes())
            QTest::newRow(qPrintable(word)) << outcome << word;
    }

    void outcomeWords()
    {
        QFETCH(Outcome, outcome);
        QFETCH(QString, word);
        QCOMPARE(JobHistory::toString(outcome), word);
        QCOMPARE(JobHistory::outcomeFrom(word), std::optional<Outcome>(outcome));
        QCOMPARE(JobHistory::outcomeFrom(JobHistory::toString(outcome)), std::optional<Outcome>(outcome));
    }

    // Every value has a word, no two share one, and the list above is the whole table:
    // a value added without its word here (and so without a decision about what it is
    // stored as) fails.
    void everyStepHasItsOwnWord()
    {
        QCOMPARE(qsizetype(JobHistory::stepWords.size()), storedSteps().size());
        QCOMPARE(int(Step::Pause) + 1, storedSteps().size()); // Pause is the last value
        QSet<QString> words;
        for (int i = 0; i <= int(Step::Pause); ++i) {
            const QString word = JobHistory::toString(Step(i));
            QVERIFY2(!word.isEmpty(), qPrintable(QString::number(i)));
            words.insert(word);
        }
        QCOMPARE(words.size(), storedSteps().size());
    }

    void everyOutcomeHasItsOwnWord()
    {
        QCOMPARE(qsizetype(JobHistory::outcomeWords.size()), storedOutcomes().size());
        QCOMPARE(int(Outcome::Orphaned) + 1, storedOutcomes().size()); // Orphaned is the last value
        QSet<QString> words;
        for (int i = 0; i <= int(Outcome::Orphaned); ++i) {
            const QString word = JobHistory::toString(Outcome(i));
            QVERIFY2(!word.isEmpty(), qPrintable(QString::number(i)));
            words.insert(word);
        }
        QCOMPARE(words.size(), storedOutcomes().size());
    }

    // A word this version does not know (a newer version's, a capture status on a status
    // line, a changed case) is not taken for one it knows.
    void unknownWords_data()
    {
        QTest::addColumn<QString>("word");
        QTest::newRow("empty") << QString();
        QTest::newRow("capitalised") << QStringLiteral("Reserve");
        QTest::newRow("upper case") << QStringLiteral("OK");
        QTest::newRow("padded") << QStringLiteral(" upload");
        QTest::newRow("trailing space") << QStringLiteral("start ");
        QTest::newRow("underscore") << QStringLiteral("check_file");
        QTest::newRow("capture status") << QStringLiteral("processing");
        QTest::newRow("awaiting upload") << QStringLiteral("awaiting_upload");
        QTest::newRow("future word") << QStringLiteral("hand-over");
    }

    void unknownWords()
    {
        QFETCH(QString, word);
        QCOMPARE(JobHistory::stepFrom(word), std::optional<Step>());
        QCOMPARE(JobHistory::outcomeFrom(word), std::optional<Outcome>());
    }

    // The words some steps and outcomes share stay apart: "retry" is both the coach's
    // Retry step and an attempt's Retry outcome.
    void sharedWords()
    {
        QCOMPARE(JobHistory::stepFrom(QStringLiteral("retry")), std::optional<Step>(Step::Retry));
        QCOMPARE(JobHistory::outcomeFrom(QStringLiteral("retry")), std::optional<Outcome>(Outcome::Retry));
        QCOMPARE(JobHistory::stepFrom(QStringLiteral("ok")), std::optional<Step>());
        QCOMPARE(JobHistory::outcomeFrom(QStringLiteral("reserve")), std::optional<Outcome>());
    }

    // What the details pane shows: every step and outcome in words of its own (never a
    // stored word such as "check-file" or "lost-answer", never empty, no two alike); a line
    // joins them; a word this version does not know is shown as it is stored, not dropped.
    void readInWords()
    {
        QSet<QString> steps;
        for (const auto &[step, word] : storedSteps()) {
            const QString text = HistoryWords::step(step);
            QVERIFY2(!text.isEmpty() && !text.contains(QLatin1Char('-')), qPrintable(word));
            steps.insert(text);
        }
        QCOMPARE(steps.size(), storedSteps().size());
        QSet<QString> outcomes;
        for (const auto &[outcome, word] : storedOutcomes()) {
            const QString text = HistoryWords::outcome(outcome);
            QVERIFY2(!text.isEmpty() && !text.contains(QLatin1Char('-')), qPrintable(word));
            outcomes.insert(text);
        }
        QCOMPARE(outcomes.size(), storedOutcomes().size());
        QCOMPARE(HistoryWords::line(QStringLiteral("reserve"), QStringLiteral("start")),
                 QStringLiteral("Upload link from Uplift: started"));
        QCOMPARE(HistoryWords::line(QStringLiteral("upload"), QStringLiteral("offline")),
                 QStringLiteral("Upload: waiting for the network"));
        QCOMPARE(HistoryWords::line(QStringLiteral("hand-over"), QStringLiteral("ok")),
                 QStringLiteral("hand-over: done"));
        QCOMPARE(HistoryWords::line(QStringLiteral("enqueue"), QString()), QStringLiteral("Queued"));
        QCOMPARE(HistoryWords::line(QStringLiteral("enqueue"), QStringLiteral("ok")), QStringLiteral("Queued"));
        QCOMPARE(HistoryWords::line(QStringLiteral("cancel"), QStringLiteral("ok")), QStringLiteral("Cancelled"));
    }
};

QTEST_GUILESS_MAIN(tst_JobHistoryVocabulary)
#include "tst_jobhistoryvocabulary.moc"
