#include "dropoverlay.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

DropOverlay::DropOverlay(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAccessibleName(tr("Drop highlight"));
    parent->installEventFilter(this);
    setGeometry(parent->rect());
    hide();
}

void DropOverlay::setMessage(const QString &message)
{
    m_message = message;
    update();
}

bool DropOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void DropOverlay::paintEvent(QPaintEvent *)
{
    // Colours come from the palette so the highlight reads in light and dark themes.
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor fill = palette().color(QPalette::Highlight);
    fill.setAlpha(60);
    const QRectF area = QRectF(rect()).adjusted(6, 6, -6, -6);
    QPainterPath path;
    path.addRoundedRect(area, 12, 12);
    painter.fillPath(path, fill);
    QPen pen(palette().color(QPalette::Highlight), 3, Qt::DashLine);
    painter.setPen(pen);
    painter.drawPath(path);

    QFont font = painter.font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    painter.setFont(font);
    const QRectF textBox
        = painter.boundingRect(area, Qt::AlignCenter | Qt::TextWordWrap, m_message).adjusted(-18, -12, 18, 12);
    QPainterPath bubble;
    bubble.addRoundedRect(textBox, 8, 8);
    painter.fillPath(bubble, palette().color(QPalette::Highlight));
    painter.setPen(palette().color(QPalette::HighlightedText));
    painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, m_message);
}
