#include "rotatedvideoview.h"

#include <QGraphicsScene>
#include <QGraphicsVideoItem>
#include <QResizeEvent>

RotatedVideoView::RotatedVideoView(QWidget *parent)
    : QGraphicsView(parent)
    , m_item(new QGraphicsVideoItem)
{
    setScene(new QGraphicsScene(this));
    scene()->addItem(m_item);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setBackgroundBrush(Qt::black);
    setFocusPolicy(Qt::NoFocus);
    setRenderHint(QPainter::SmoothPixmapTransform);
    connect(m_item, &QGraphicsVideoItem::nativeSizeChanged, this, [this](const QSizeF &size) {
        if (!size.isEmpty())
            m_item->setSize(size);
        fit();
    });
}

QVideoSink *RotatedVideoView::videoSink() const
{
    return m_item->videoSink();
}

void RotatedVideoView::setRotation(int degrees)
{
    m_rotation = degrees;
    fit();
}

void RotatedVideoView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    fit();
}

void RotatedVideoView::fit()
{
    const QSizeF size = m_item->size();
    m_item->setTransformOriginPoint(size.width() / 2, size.height() / 2);
    m_item->setRotation(m_rotation);
    const QRectF bounds = m_item->mapRectToScene(m_item->boundingRect());
    scene()->setSceneRect(bounds);
    fitInView(bounds, Qt::KeepAspectRatio);
}
