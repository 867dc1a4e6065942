#pragma once

#include "common/cliprange.h"
#include "common/impactparts.h"

#include <QHash>
#include <QImage>
#include <QList>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>

class ImpactThumbnails;
class QAction;
class QDoubleSpinBox;
class QLabel;
class QThread;
class QToolButton;
class QTableWidget;

// "Split at impacts" in the preview: the finder (media/impactfinder.h) listens to each
// chosen take on a worker thread (cancellable, a progress line; the GUI thread never
// waits), and every impact it finds gives a part, impact − before … impact + after
// (two parts that would overlap meet halfway between their impacts).
//
// What the finder found is shown as found: a tick on the scrub bar at each impact, and a
// list (the time with a picture of that frame, the part, and the sound's strength, "found
// in the sound"; "moved by you" or "added by you" once the coach changes it). The coach
// asked for the split, so the parts become the take's marks at once, visibly (the bar, the
// ready list's "split into N clips") and undoably (Undo, Ctrl+Z, brings back the marks the
// take had before): a second "use these?" would ask what the coach just said, and an Upload
// pressed without it would send the whole take, the opposite of what was asked. Then the
// coach removes a part (Delete), moves an impact by a frame (, and .), adds one at the
// playhead (Insert), plays one part (Space), changes before and after.
//
// A take without sound, or in which nothing is found, says so and changes nothing.
class ImpactSplit : public QWidget
{
    Q_OBJECT

public:
    explicit ImpactSplit(QWidget *parent = nullptr);
    ~ImpactSplit() override;

    // Before and after each impact, and the least time between two strikes of one movement.
    using Window = ImpactWindow;
    // The movement the numbers are for (its name as the coach reads it; empty: none chosen yet).
    // Takes split already follow new numbers.
    void setWindow(const Window &window, const QString &movementName = {});
    Window window() const { return m_window; }

    // A take the split may work on: its path, length, frame length and marks now.
    struct Take
    {
        QString path;
        qint64 durationMs = 0;
        qint64 frameMs = 33;
        QList<ClipRange> ranges;
    };
    // The take the preview shows (empty path: none) and where its playhead is.
    void showTake(const Take &take);
    void setPlayheadSource(std::function<qint64()> playhead) { m_playhead = std::move(playhead); }
    // The takes Split at Impacts works on (the ready list's selection); without it, the shown take.
    void setTakesSource(std::function<QList<Take>()> takes) { m_takes = std::move(takes); }
    // Finds the impacts of these takes, one after the other; the current take's list fills in.
    void split(const QList<Take> &takes);
    void cancel();
    bool running() const { return m_thread != nullptr; }

    // The coach marked In or Out, or cleared the marks, by hand on this take: from now on its
    // parts are those marks (the impacts' list is put aside; Undo brings it back).
    void marksEditedByHand(const QString &path, const QList<ClipRange> &before);

    // The actions the preview (and the ready list) offer with their keys.
    QAction *splitAction() const { return m_split; }
    QAction *addAction() const { return m_add; }
    QAction *earlierAction() const { return m_earlier; }
    QAction *laterAction() const { return m_later; }
    QAction *undoAction() const { return m_undo; }
    QAction *removeAction() const { return m_remove; }
    QAction *playPartAction() const { return m_playPart; }
    QAction *cancelAction() const { return m_cancel; }
    QList<QAction *> previewActions() const;

    // The parts, one row each, read as a table (a screen reader says each cell with its
    // column's header): the part's number, its impact's time (with a picture of that
    // frame), the strength and where it was found, and the part's range.
    enum Column { PartColumn, TimeColumn, StrengthColumn, RangeColumn, Columns };
    QTableWidget *list() const { return m_list; }
    // Where Tab goes in it, as a coach reads it: Split at Impacts, Before, After, Stop, the
    // parts, the buttons that change them. The window skips what is hidden or disabled.
    QList<QWidget *> tabOrder() const;
    QString statusText() const;
    // What the split says about a take (found, no sound, none found, stopped…); empty: nothing yet.
    QString outcomeOf(const QString &path) const;
    // The impacts (ms) listed for a take, in order.
    QList<qint64> impactsOf(const QString &path) const;

    // Each impact's part (common/impactparts.h), within a take of this length.
    static QList<ImpactPart> partsOf(const QList<qint64> &impactsMs, const Window &window, qint64 durationMs);

signals:
    // The parts are the take's marks now (the coach's split, or an edit of it).
    void rangesChosen(const QString &path, const QList<ClipRange> &ranges);
    void playRequested(qint64 fromMs, qint64 toMs);
    void seekRequested(qint64 ms);
    // The ticks of the shown take (ms), for the scrub bar.
    void ticksChanged(const QList<qint64> &impactsMs);
    // The coach changed before or after (to be remembered for the movement).
    void windowEdited(const Window &window);
    // A take's search ended (found, none, no sound, stopped).
    void searchFinished(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Impact
    {
        enum class Origin { Found, Moved, Added };
        qint64 ms = 0;
        double strengthDb = 0;
        Origin origin = Origin::Found;
        qint64 foundMs = -1;
    };
    struct Snapshot
    {
        QList<Impact> impacts;
        bool split = false;
        QList<ClipRange> ranges;
    };
    struct State
    {
        enum class Status { None, Waiting, Finding, Found, NoSound, NoImpacts, Failed, Stopped, ByHand };
        Status status = Status::None;
        int percent = 0;
        QString problem;
        qint64 durationMs = 0;
        qint64 frameMs = 33;
        QList<Impact> impacts;
        bool split = false; // the take's marks are the impacts' parts
        QList<Snapshot> undo;
        QHash<qint64, QImage> pictures;
    };
    struct Result;

    void retranslate();
    void startNext();
    void finished(const QString &path, const Result &result);
    void choose(const QString &path, const QList<ClipRange> &ranges);
    void push(State &state, const QList<ClipRange> &ranges);
    QList<qint64> times(const State &state) const;
    void refresh();
    void fillList();
    void updateActions();
    int selectedRow() const;
    void selectRow(int row);
    void removeSelected();
    void moveSelected(int frames);
    void addAtPlayhead();
    void playSelected();
    void undo();
    void windowChangedByCoach();
    void followWindow();
    void askPictures();
    void askThumbnails(const QString &path, const QList<qint64> &timesMs);
    QString describe(const Impact &impact) const;
    QString textOf(const State &state) const;

    Window m_window;
    QString m_movementName;
    Take m_take;
    std::function<qint64()> m_playhead;
    std::function<QList<Take>()> m_takes;
    QHash<QString, State> m_states;
    QList<Take> m_waiting;
    QHash<QString, QList<ClipRange>> m_rangesAtSplit; // the marks each waiting take had, for Undo
    QString m_finding; // the take the worker listens to
    int m_batch = 0; // takes in this split, for the progress line
    int m_batchDone = 0;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_stop;
    ImpactThumbnails *m_thumbnails; // lives on m_thumbnailThread
    QThread *m_thumbnailThread;
    bool m_settingWindow = false;
    bool m_following = false; // followWindow() is choosing the parts
    bool m_followAgain = false;
    QString m_listPath; // the take the list shows
    QString m_windowProblem; // before and after as typed cannot be used (said in the status line)

    QToolButton *m_splitButton;
    QLabel *m_beforeLabel;
    QDoubleSpinBox *m_before;
    QLabel *m_afterLabel;
    QDoubleSpinBox *m_after;
    QLabel *m_forMovement;
    QLabel *m_status;
    QToolButton *m_cancelButton;
    QWidget *m_review;
    QTableWidget *m_list;
    QAction *m_split;
    QAction *m_add;
    QAction *m_earlier;
    QAction *m_later;
    QAction *m_undo;
    QAction *m_remove;
    QAction *m_playPart;
    QAction *m_cancel;
};
