#include "captureform.h"
#include "impactsplit.h"
#include "impactthumbnails.h"
#include "mainwindow.h"
#include "readylistmodel.h"

#include "scrubbar.h"
#include "settings/impactwindows.h"
#include "testvideo.h"
#include "videopreview.h"

#include "media/videoprobe.h"

#include <QAccessible>
#include <QAction>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QMediaPlayer>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

// Issue 23, item 3: Split at Impacts in the preview. The takes are real videos made by ffmpeg
// at test time, their sound a quiet hiss with sharp, decaying bursts (what a strike is to the
// finder) at known times; the finder (media/impactfinder.h) runs for real.
class TestSplitReview : public QObject
{
    Q_OBJECT

    // A take of `seconds` at 30 fps whose sound has a strike at each of `strikes` (s); no sound at all
    // when `sound` is false; a steady tone and hiss only when `strikes` is empty.
    static QString take(const QString &name, double seconds, const QList<double> &strikes, bool sound = true)
    {
        const QString path = TestVideo::scratchPath(name);
        QStringList args { QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                           QStringLiteral("testsrc=size=320x240:rate=30:duration=%1").arg(seconds) };
        if (sound) {
            QString expr = QStringLiteral("0.003*(2*random(1)-1)+0.02*sin(2*PI*220*t)");
            for (double t : strikes)
                expr += QStringLiteral("+between(t\\,%1\\,%1+0.15)*exp(-max(t-%1\\,0)*40)*0.8*(2*random(0)-1)").arg(t);
            args << QStringLiteral("-f") << QStringLiteral("lavfi") << QStringLiteral("-i")
                 << QStringLiteral("aevalsrc=exprs='%1':s=48000:d=%2").arg(expr).arg(seconds);
        }
        args << QStringLiteral("-c:v") << QStringLiteral("libx264") << QStringLiteral("-preset")
             << QStringLiteral("ultrafast") << QStringLiteral("-g") << QStringLiteral("30");
        if (sound)
            args << QStringLiteral("-c:a") << QStringLiteral("aac");
        args << QStringLiteral("-shortest") << path;
        const QString error = TestVideo::ffmpeg(args);
        if (!error.isEmpty()) {
            qWarning("ffmpeg: %s", qPrintable(error));
            return {};
        }
        return path;
    }

    static bool near(qint64 a, qint64 b, qint64 within) { return std::abs(a - b) <= within; }

    struct Shown
    {
        VideoPreview preview;
        ImpactSplit *split;
        QTableWidget *list;
        ScrubBar *bar;
        explicit Shown(const QString &path)
        {
            preview.resize(800, 700);
            preview.show();
            split = preview.impactSplit();
            list = split->list();
            bar = preview.findChild<ScrubBar *>();
            preview.setVideo(VideoProbe::probeHeader(path));
            preview.activateWindow(); // its shortcuts work in the active window only
        }
    };

    QString m_strikes; // 10 s, strikes at 2, 5 and 8 s

private slots:
    // Ctrl+I was the job details' key: both in one window, neither fired ("Ambiguous shortcut
    // overload"), found by the tests/gui scenario. No key may mean two things in the window, but
    // a list's own keys (Delete, Space in the parts' list) over the window's.
    void noKeyMeansTwoThingsInTheWindow()
    {
        MainWindow window;
        QHash<QKeySequence, QStringList> meanings;
        const QList<QAction *> actions = window.findChildren<QAction *>();
        for (QAction *action : actions) {
            if (action->shortcutContext() == Qt::WidgetShortcut)
                continue;
            for (const QKeySequence &key : action->shortcuts())
                meanings[key] << action->text();
        }
        for (auto it = meanings.cbegin(); it != meanings.cend(); ++it)
            QVERIFY2(it.value().size() == 1,
                     qPrintable(it.key().toString() + QStringLiteral(": ") + it.value().join(QStringLiteral(", "))));
        QCOMPARE(meanings.value(QKeySequence(Qt::CTRL | Qt::Key_I)),
                 QStringList { window.preview()->splitAtImpactsAction()->text() });
    }

    // Before and after are the movement's (golf full swing 2.5 s / 1.5 s); the coach's change is
    // remembered for the movement (settings/ImpactWindows) and comes back in the next window.
    void beforeAndAfterAreTheMovementsAndRemembered()
    {
        ImpactWindows().forget(QStringLiteral("golf"), QStringLiteral("full_swing"));
        {
            MainWindow window;
            ImpactSplit *split = window.preview()->impactSplit();
            QCOMPARE(split->window(), ImpactWindow {});
            emit window.captureForm()->movementChanged(QStringLiteral("golf"), QStringLiteral("full_swing"));
            QCOMPARE(split->window().beforeMs, 2500);
            QCOMPARE(split->window().afterMs, 1500);
            QCOMPARE(split->findChild<QLabel *>(QStringLiteral("impactWindowMovement"))->text(),
                     QStringLiteral("for Full swing"));
            split->findChild<QDoubleSpinBox *>(QStringLiteral("impactBefore"))->setValue(3.0);
            QCOMPARE(ImpactWindows().chosen(QStringLiteral("golf"), QStringLiteral("full_swing")).beforeMs,
                     std::optional<qint64>(3000));
        }
        MainWindow again;
        emit again.captureForm()->movementChanged(QStringLiteral("golf"), QStringLiteral("full_swing"));
        QCOMPARE(again.preview()->impactSplit()->window().beforeMs, 3000);
        QCOMPARE(again.preview()->impactSplit()->window().afterMs, 1500);
        ImpactWindows().forget(QStringLiteral("golf"), QStringLiteral("full_swing"));
    }

    void initTestCase()
    {
        m_strikes = take(QStringLiteral("strikes.mov"), 10, { 2, 5, 8 });
        QVERIFY(!m_strikes.isEmpty());
    }

    // Ctrl+I: each strike becomes a part (before/after the impact), on the bar with a tick each, and
    // in the list with its time, part and strength "found in the sound"; the clip's marks change
    // once, visibly, and Undo brings back what it had.
    void ctrlISplitsTheTakeAtItsImpacts()
    {
        Shown shown(m_strikes);
        QSignalSpy changed(&shown.preview, &VideoPreview::rangesChanged);
        shown.split->setWindow({ 2500, 1500, 2000 }, QStringLiteral("Full swing"));
        shown.preview.markInAt(500); // a hand mark, replaced by the split and back with Undo
        shown.preview.markOutAt(1500);
        const QList<ClipRange> byHand = shown.preview.ranges();
        QVERIFY(shown.split->splitAction()->isEnabled());
        QCOMPARE(shown.split->splitAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
        QVERIFY(QTest::qWaitForWindowActive(&shown.preview));
        shown.preview.setFocus();
        QTest::keyClick(&shown.preview, Qt::Key_I, Qt::ControlModifier);
        QVERIFY(shown.split->running() || !shown.split->impactsOf(m_strikes).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(shown.list->rowCount(), 3, 20000);

        const QList<qint64> impacts = shown.split->impactsOf(m_strikes);
        QCOMPARE(impacts.size(), 3);
        for (int i = 0; i < 3; ++i)
            QVERIFY2(near(impacts.at(i), (i * 3 + 2) * 1000, 20), qPrintable(QString::number(impacts.at(i))));
        const QList<ClipRange> ranges = shown.preview.ranges();
        QCOMPARE(ranges.size(), 3);
        // 2.5 s before and 1.5 s after each; where two would overlap they meet halfway.
        QCOMPARE(ranges.at(0), (ClipRange { 0, (impacts.at(0) + impacts.at(1)) / 2 }));
        QCOMPARE(ranges.at(1),
                 (ClipRange { (impacts.at(0) + impacts.at(1)) / 2, (impacts.at(1) + impacts.at(2)) / 2 }));
        QCOMPARE(ranges.at(2), (ClipRange { (impacts.at(1) + impacts.at(2)) / 2, impacts.at(2) + 1500 }));
        QCOMPARE(shown.bar->ticks(), impacts);
        QCOMPARE(shown.bar->marks(), ranges);
        QCOMPARE(changed.last().at(0).toString(), m_strikes);
        QVERIFY2(shown.split->statusText().startsWith(QStringLiteral("3 impacts found in the sound")),
                 qPrintable(shown.split->statusText()));
        QCOMPARE(shown.list->item(0, ImpactSplit::TimeColumn)->text(), QStringLiteral("0:02.0"));
        QVERIFY2(
            shown.list->item(0, ImpactSplit::StrengthColumn)->text().startsWith(QStringLiteral("found in the sound, ")),
            qPrintable(shown.list->item(0, ImpactSplit::StrengthColumn)->text()));
        QVERIFY2(shown.list->item(0, ImpactSplit::StrengthColumn)->text().endsWith(QStringLiteral(" dB")),
                 qPrintable(shown.list->item(0, ImpactSplit::StrengthColumn)->text()));
        QVERIFY(shown.list->item(0, ImpactSplit::StrengthColumn)->font().italic()); // found, not chosen
        QVERIFY(shown.preview.marksText().startsWith(QStringLiteral("Split into 3 clips")));
        // A table to a screen reader (a tree's rows are read as an outline's items), each cell
        // read with its column's header; the parts numbered as their files will be.
        QAccessibleInterface *table = QAccessible::queryAccessibleInterface(shown.list);
        QVERIFY(table && table->tableInterface());
        QCOMPARE(table->role(), QAccessible::Table);
        QStringList headers;
        for (int c = 0; c < table->tableInterface()->columnCount(); ++c)
            headers << table->tableInterface()->cellAt(0, c)->tableCellInterface()->columnHeaderCells().value(0)->text(
                QAccessible::Name);
        QCOMPARE(headers,
                 (QStringList { QStringLiteral("Part"), QStringLiteral("Impact time"), QStringLiteral("Strength"),
                                QStringLiteral("Range") }));
        QCOMPARE(table->tableInterface()->cellAt(1, ImpactSplit::PartColumn)->text(QAccessible::Name),
                 QStringLiteral("2"));
        QCOMPARE(table->tableInterface()->cellAt(1, ImpactSplit::TimeColumn)->text(QAccessible::Name),
                 QStringLiteral("0:05.0"));

        // A picture of each impact's frame comes in, made off the GUI thread.
        QTRY_VERIFY_WITH_TIMEOUT(!shown.list->item(2, ImpactSplit::TimeColumn)->icon().isNull(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.list->item(0, ImpactSplit::TimeColumn)->icon().isNull()
                                     && !shown.list->item(1, ImpactSplit::TimeColumn)->icon().isNull(),
                                 20000);
        // Each its own frame (the test pattern moves): not one picture for all.
        QVERIFY(shown.list->item(0, ImpactSplit::TimeColumn)->icon().pixmap(ImpactThumbnails::Width).toImage()
                != shown.list->item(1, ImpactSplit::TimeColumn)->icon().pixmap(ImpactThumbnails::Width).toImage());

        // The movement's numbers change (another movement chosen): the parts follow, in the list too.
        shown.split->setWindow({ 1000, 1000, 2000 }, QStringLiteral("Serve"));
        QCOMPARE(shown.preview.ranges().at(1), (ClipRange { impacts.at(1) - 1000, impacts.at(1) + 1000 }));
        QCOMPARE(shown.list->item(1, ImpactSplit::RangeColumn)->text(),
                 QStringLiteral("%1–%2").arg(ReadyListModel::positionText(impacts.at(1) - 1000),
                                             ReadyListModel::positionText(impacts.at(1) + 1000)));

        QVERIFY(shown.split->undoAction()->isEnabled());
        shown.split->undoAction()->trigger();
        QCOMPARE(shown.preview.ranges(), byHand);
        QVERIFY(shown.bar->ticks().isEmpty());
        QCOMPARE(changed.last().at(1).value<QList<ClipRange>>(), byHand);
    }

    // The review by keyboard alone: Delete removes a part, "." and "," move the impact by a frame
    // (the part follows; the row says the coach moved it), Insert adds one at the playhead, Space
    // plays the chosen part and stops at its end, before/after change every part.
    void theCoachReviewsThePartsByKeyboard()
    {
        Shown shown(m_strikes);
        QTRY_VERIFY_WITH_TIMEOUT(shown.preview.player()->duration() > 0, 10000);
        shown.split->setWindow({ 2000, 2000, 2000 });
        QSignalSpy edited(shown.split, &ImpactSplit::windowEdited);
        shown.split->splitAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(shown.list->rowCount(), 3, 20000);
        const QList<qint64> found = shown.split->impactsOf(m_strikes);

        shown.list->setFocus();
        shown.list->setCurrentCell(1, ImpactSplit::TimeColumn);
        QTest::keyClick(shown.list, Qt::Key_Delete);
        QCOMPARE(shown.list->rowCount(), 2);
        QCOMPARE(shown.split->impactsOf(m_strikes), (QList<qint64> { found.at(0), found.at(2) }));
        QCOMPARE(shown.preview.ranges().size(), 2);

        shown.list->setCurrentCell(0, ImpactSplit::TimeColumn);
        QTest::keyClick(shown.list, Qt::Key_Period);
        QCOMPARE(shown.split->impactsOf(m_strikes).at(0), found.at(0) + 33);
        QCOMPARE(shown.preview.ranges().at(0).endMs, found.at(0) + 33 + 2000);
        QVERIFY2(shown.list->item(0, ImpactSplit::StrengthColumn)->text().startsWith(QStringLiteral("moved by you")),
                 qPrintable(shown.list->item(0, ImpactSplit::StrengthColumn)->text()));
        QVERIFY(!shown.list->item(0, ImpactSplit::StrengthColumn)->font().italic());
        QTest::keyClick(shown.list, Qt::Key_Comma);
        QCOMPARE(shown.split->impactsOf(m_strikes).at(0), found.at(0));
        QVERIFY(
            shown.list->item(0, ImpactSplit::StrengthColumn)->text().startsWith(QStringLiteral("found in the sound")));

        // Insert: an impact at the playhead (the one the finder was told to forget, say).
        shown.bar->setValue(5000);
        QTest::keyClick(shown.list, Qt::Key_Insert);
        QCOMPARE(shown.split->impactsOf(m_strikes), (QList<qint64> { found.at(0), 5000, found.at(2) }));
        QCOMPARE(shown.list->item(shown.list->currentRow(), ImpactSplit::StrengthColumn)->text(),
                 QStringLiteral("added by you"));
        QCOMPARE(shown.preview.ranges().size(), 3);
        QVERIFY2(shown.split->statusText().startsWith(QStringLiteral("3 parts")),
                 qPrintable(shown.split->statusText()));

        // Space plays the chosen part (not the take), and it stops at the part's end.
        shown.list->setCurrentCell(1, ImpactSplit::TimeColumn);
        const ClipRange last = shown.preview.ranges().at(1);
        QTest::keyClick(shown.list, Qt::Key_Space);
        QTRY_COMPARE_WITH_TIMEOUT(shown.preview.player()->playbackState(), QMediaPlayer::PlayingState, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(shown.preview.player()->playbackState(), QMediaPlayer::PausedState, 10000);
        QVERIFY2(shown.preview.player()->position() >= last.startMs
                     && shown.preview.player()->position() <= last.endMs + 250,
                 qPrintable(QString::number(shown.preview.player()->position())));

        // Before and after: every part follows, and the coach's numbers go out to be remembered.
        auto *before = shown.split->findChild<QDoubleSpinBox *>(QStringLiteral("impactBefore"));
        QVERIFY(before);
        before->setValue(1.0);
        QCOMPARE(edited.count(), 1);
        QCOMPARE(edited.last().at(0).value<ImpactSplit::Window>().beforeMs, 1000);
        QCOMPARE(shown.preview.ranges().at(1), (ClipRange { 4000, 7000 }));

        // Undo, step by step, back to the three found.
        for (int i = 0; i < 4; ++i)
            shown.split->undoAction()->trigger();
        QCOMPARE(shown.split->impactsOf(m_strikes), found);
    }

    // Hand marks after a split take over: the list is put aside, Undo brings it back.
    void handMarksTakeOverFromTheSplit()
    {
        Shown shown(m_strikes);
        shown.split->splitAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(shown.list->rowCount(), 3, 20000);
        const QList<ClipRange> split = shown.preview.ranges();
        shown.preview.markOutAt(9500);
        QCOMPARE(shown.list->rowCount(), 0);
        QVERIFY(shown.bar->ticks().isEmpty());
        QVERIFY2(shown.split->statusText().startsWith(QStringLiteral("Marked by hand")),
                 qPrintable(shown.split->statusText()));
        shown.split->undoAction()->trigger();
        QCOMPARE(shown.list->rowCount(), 3);
        QCOMPARE(shown.preview.ranges(), split);
    }

    // No sound: said plainly, nothing automatic, the marks as they were. No impact: said too.
    void aTakeWithoutSoundOrImpactsSaysSoAndChangesNothing()
    {
        const QString silent = take(QStringLiteral("silent.mov"), 3, {}, false);
        const QString calm = take(QStringLiteral("calm.mov"), 3, {});
        QVERIFY(!silent.isEmpty() && !calm.isEmpty());
        for (const QString &path : { silent, calm }) {
            Shown shown(path);
            shown.preview.markInAt(1000);
            const QList<ClipRange> marks = shown.preview.ranges();
            QSignalSpy changed(&shown.preview, &VideoPreview::rangesChanged);
            QSignalSpy done(shown.split, &ImpactSplit::searchFinished);
            shown.split->splitAction()->trigger();
            QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 20000);
            QCOMPARE(
                shown.split->statusText(),
                path == silent
                    ? QStringLiteral("This video has no sound, so impacts cannot be found — mark the parts by hand.")
                    : QStringLiteral("No impact was found in the sound of this video — mark the parts by hand."));
            QCOMPARE(changed.count(), 0);
            QCOMPARE(shown.preview.ranges(), marks);
            QCOMPARE(shown.list->rowCount(), 0);
            QVERIFY(!shown.list->isVisible());
            QVERIFY(!shown.split->addAction()->isEnabled()); // nothing to review
        }
    }

    // Several takes chosen: each is split; the one not shown gets its parts through rangesChanged
    // (its row in the ready list), and shows its list when chosen.
    void severalTakesAreEachSplit()
    {
        const QString second = take(QStringLiteral("second-take.mov"), 6, { 1.5, 4 });
        QVERIFY(!second.isEmpty());
        Shown shown(m_strikes);
        const VideoInfo other = VideoProbe::probeHeader(second);
        shown.preview.setTakesToSplit([&] { return QList<VideoInfo> { VideoProbe::probeHeader(m_strikes), other }; });
        QSignalSpy changed(&shown.preview, &VideoPreview::rangesChanged);
        shown.split->splitAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(changed.cbegin(), changed.cend(),
                                             [&](const QList<QVariant> &c) { return c.at(0).toString() == second; }),
                                 30000);
        QCOMPARE(shown.list->rowCount(), 3);
        QList<ClipRange> secondParts;
        for (const QList<QVariant> &c : std::as_const(changed)) {
            if (c.at(0).toString() == second)
                secondParts = c.at(1).value<QList<ClipRange>>();
        }
        QCOMPARE(secondParts.size(), 2);
        VideoInfo withParts = other;
        withParts.ranges = secondParts;
        shown.preview.setVideo(withParts);
        QCOMPARE(shown.list->rowCount(), 2);
        QCOMPARE(shown.bar->ticks().size(), 2);
    }

    // Stop ends the search at once and changes nothing; the GUI thread never waits for the finder:
    // a 16 ms timer keeps firing on time while it reads a minute of sound.
    void theSearchIsStoppedAndNeverHoldsTheWindow()
    {
        QList<double> strikes;
        for (int i = 0; i < 20; ++i)
            strikes << 2 + i * 3;
        const QString longTake = take(QStringLiteral("long-take.mov"), 62, strikes);
        QVERIFY(!longTake.isEmpty());
        Shown shown(longTake);
        QElapsedTimer clock;
        qint64 last = -1;
        qint64 worst = 0;
        QTimer tick;
        tick.setTimerType(Qt::PreciseTimer);
        connect(&tick, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            if (last >= 0)
                worst = std::max(worst, now - last - 16);
            last = now;
        });
        QSignalSpy done(shown.split, &ImpactSplit::searchFinished);
        clock.start();
        tick.start(16);
        shown.split->splitAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 60000);
        tick.stop();
        QVERIFY2(worst < 150, qPrintable(QStringLiteral("the GUI thread waited %1 ms").arg(worst)));
        QCOMPARE(shown.list->rowCount(), 20);

        // Again, stopped at once: nothing changes, and it says so.
        shown.split->undoAction()->trigger();
        const QList<ClipRange> before = shown.preview.ranges();
        done.clear();
        shown.split->splitAction()->trigger();
        QVERIFY(shown.split->cancelAction()->isEnabled());
        shown.split->cancelAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 10000);
        QCOMPARE(shown.split->statusText(), QStringLiteral("Stopped: nothing was changed."));
        QCOMPARE(shown.preview.ranges(), before);
    }
};

QTEST_MAIN(TestSplitReview)
#include "tst_splitreview.moc"
