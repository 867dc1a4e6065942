#include "scrubbar.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QStyleOptionSlider>

ScrubBar::ScrubBar(QWidget *parent)
    : QSlider(Qt::Horizontal, parent)
{
}

void ScrubBar::setMarks(const QList<ClipRange> &ranges)
{
    m_ranges = ranges;
    update();
}

void ScrubBar::setCutStarts(const QList<qint64> &startsMs)
{
    m_cutStarts = startsMs;
    update();
}

void ScrubBar::setTicks(const QList<qint64> &ticksMs)
{
    m_ticks = ticksMs;
    update();
}

void ScrubBar::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && maximum() > minimum()) {
        QStyleOptionSlider option;
        initStyleOption(&option);
        const QRect handle = style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, this);
        if (!handle.contains(event->position().toPoint())) {
            const QRect groove = style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderGroove, this);
            const int span = std::max(1, groove.width() - handle.width());
            const int x = int(event->position().x()) - groove.x() - handle.width() / 2;
            setSliderDown(true);
            setValue(
                QStyle::sliderValueFromPosition(minimum(), maximum(), std::clamp(x, 0, span), span, option.upsideDown));
            setSliderDown(false);
        }
    }
    QSlider::mousePressEvent(event);
}

int ScrubBar::xFor(qint64 value) const
{
    QStyleOptionSlider option;
    initStyleOption(&option);
    const QRect groove = style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderGroove, this);
    const QRect handle = style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, this);
    const int span = std::max(1, groove.width() - handle.width());
    const int offset = QStyle::sliderPositionFromValue(
        minimum(), maximum(), int(std::clamp<qint64>(value, minimum(), maximum())), span, option.upsideDown);
    return groove.x() + handle.width() / 2 + offset;
}

void ScrubBar::paintEvent(QPaintEvent *event)
{
    if ((m_ranges.isEmpty() && m_ticks.isEmpty()) || maximum() <= minimum()) {
        QSlider::paintEvent(event);
        return;
    }
    QSlider::paintEvent(event);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    // Amber: apart from the groove's own highlight (played part) in light and dark palettes.
    const QColor accent(0xe0, 0x8a, 0x00);
    QColor shade = accent;
    shade.setAlpha(190);
    const int top = 1;
    const int bottom = height() - 2;
    // The kept spans: a band over the groove.
    QStyleOptionSlider option;
    initStyleOption(&option);
    const QRect groove = style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderGroove, this);
    const int middle = groove.center().y();
    for (const ClipRange &r : std::as_const(m_ranges)) {
        const int x1 = xFor(r.startMs);
        const int x2 = xFor(r.endMs);
        painter.fillRect(QRect(QPoint(x1, middle - 4), QPoint(x2, middle + 4)), shade);
    }
    // Each impact: a tick in the text colour from the groove down, apart from the amber parts
    // and readable in light and dark palettes.
    painter.setPen(QPen(palette().color(QPalette::WindowText), 2));
    for (const qint64 tick : std::as_const(m_ticks)) {
        const int x = xFor(tick);
        painter.drawLine(x, middle + 2, x, bottom);
    }
    // Where a cut really starts, when a keyframe moved it earlier.
    QPen dashed(palette().color(QPalette::WindowText), 1, Qt::DashLine);
    for (int i = 0; i < m_ranges.size() && i < m_cutStarts.size(); ++i) {
        const qint64 cut = m_cutStarts.at(i);
        if (cut >= 0 && cut < m_ranges.at(i).startMs) {
            painter.setPen(dashed);
            const int x = xFor(cut);
            painter.drawLine(x, top + 2, x, bottom - 2);
        }
    }
    // In and Out: flags on the groove, pointing into the kept part.
    painter.setPen(Qt::NoPen);
    painter.setBrush(accent.darker(130));
    for (const ClipRange &r : std::as_const(m_ranges)) {
        for (const bool in : { true, false }) {
            const int x = xFor(in ? r.startMs : r.endMs);
            painter.fillRect(QRect(x - 1, top, 3, bottom - top), accent.darker(130));
            QPainterPath flag;
            const int w = in ? 7 : -7;
            flag.moveTo(x, top);
            flag.lineTo(x + w, top + 4);
            flag.lineTo(x, top + 8);
            flag.closeSubpath();
            painter.drawPath(flag);
        }
    }
}
