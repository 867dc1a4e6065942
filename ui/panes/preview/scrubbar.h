#pragma once

#include "common/cliprange.h"

#include <QSlider>

// The preview's position slider, with the parts the coach marked to keep
// drawn on its groove (In and Out as flags, the kept span shaded) and where
// each cut really starts (the keyframe at or before In) as a thin line; the impacts
// a split found as ticks below the groove.
class ScrubBar : public QSlider
{
    Q_OBJECT

public:
    explicit ScrubBar(QWidget *parent = nullptr);

    void setMarks(const QList<ClipRange> &ranges);
    // Where the kept parts really start, one per range (-1: not known yet).
    void setCutStarts(const QList<qint64> &startsMs);
    QList<ClipRange> marks() const { return m_ranges; }
    // The impacts a split found (ms): a tick each, above the groove.
    void setTicks(const QList<qint64> &ticksMs);
    QList<qint64> ticks() const { return m_ticks; }

protected:
    void paintEvent(QPaintEvent *event) override;
    // A click on the groove jumps there (not a page step), and the handle
    // follows the mouse from there: what a coach expects of a video's bar.
    void mousePressEvent(QMouseEvent *event) override;

private:
    int xFor(qint64 value) const;

    QList<ClipRange> m_ranges;
    QList<qint64> m_cutStarts;
    QList<qint64> m_ticks;
};
