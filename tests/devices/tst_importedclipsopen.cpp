// The record of imported clips opened by several scans at once on its first
// day (issue 24, item 3): a coach plugs in two cards, each card's scan opens
// the new, empty SQLite file at the same moment. Found by tst_assistive
// (From the Camera): the pane said "Cannot set up the list of imported clips:
// database is locked", and could not tell which clips were imported before.
#include "devices/importedclips.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

class tst_ImportedClipsOpen : public QObject
{
    Q_OBJECT

private slots:
    void openedByManyAtOnceTheFirstTime()
    {
        constexpr int Rounds = 20;
        constexpr int AtOnce = 6;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList failures;
        QMutex mutex;
        for (int round = 0; round < Rounds; ++round) {
            const QString path = dir.filePath(QStringLiteral("round%1/imported.sqlite").arg(round));
            std::atomic<int> ready { 0 };
            std::vector<std::thread> threads;
            for (int i = 0; i < AtOnce; ++i) {
                threads.emplace_back([&] {
                    ImportedClips store;
                    ++ready;
                    while (ready < AtOnce) // all at the same moment
                        std::this_thread::yield();
                    if (!store.open(path)) {
                        const QMutexLocker lock(&mutex);
                        failures << store.errorString();
                    }
                });
            }
            for (std::thread &t : threads)
                t.join();
        }
        QVERIFY2(failures.isEmpty(),
                 qPrintable(QStringLiteral("%1 of %2 opens failed, the first: %3")
                                .arg(failures.size())
                                .arg(Rounds * AtOnce)
                                .arg(failures.value(0))));
    }
};

QTEST_GUILESS_MAIN(tst_ImportedClipsOpen)
#include "tst_importedclipsopen.moc"
