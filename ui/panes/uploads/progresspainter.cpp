#include "progresspainter.h"

#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QRect>

void ProgressPainter::paint(QPainter *painter, const QRect &rect, const QPalette &palette, double fraction,
                            const QString &text, Look look)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF bar = QRectF(rect).adjusted(2, 3, -2, -3);
    QPainterPath outline;
    outline.addRoundedRect(bar, 3, 3);

    // Every colour derives from the palette, so light and dark themes both read.
    QColor trough = palette.color(QPalette::Base);
    painter->fillPath(outline, trough);
    QColor fill = palette.color(QPalette::Highlight);
    if (look == Look::Done)
        fill = QColor(0x2e, 0x9d, 0x4f);
    else if (look == Look::Failed)
        fill = QColor(0xc6, 0x28, 0x28);
    else if (look == Look::Idle)
        fill = palette.color(QPalette::Mid);
    const double clamped = qBound(0.0, fraction, 1.0);
    if (fraction >= 0 && clamped > 0) {
        QRectF done = bar;
        done.setWidth(bar.width() * clamped);
        painter->save();
        painter->setClipPath(outline);
        painter->fillRect(done, fill);
        painter->restore();
    }
    painter->setPen(QPen(palette.color(QPalette::Mid), 1));
    painter->drawPath(outline);

    // Text stays legible over both parts of the bar: drawn twice, clipped.
    const QRectF filled(bar.left(), bar.top(), fraction >= 0 ? bar.width() * clamped : 0, bar.height());
    painter->setClipRect(filled);
    painter->setPen(look == Look::Idle ? palette.color(QPalette::Text) : QColor(Qt::white));
    painter->drawText(bar, Qt::AlignCenter, text);
    painter->setClipRegion(QRegion(bar.toRect()).subtracted(QRegion(filled.toAlignedRect())));
    painter->setPen(palette.color(QPalette::Text));
    painter->drawText(bar, Qt::AlignCenter, text);
    painter->restore();
}
