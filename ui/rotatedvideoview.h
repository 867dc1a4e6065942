#pragma once

#include <QGraphicsView>

class QGraphicsVideoItem;
class QVideoSink;

// Shows a video turned upright: Qt 6.4's GStreamer backend reports a phone
// clip's orientation but hands over its frames as stored (sideways), and
// QVideoWidget has no rotation of its own. Used for rotated clips only.
class RotatedVideoView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit RotatedVideoView(QWidget *parent = nullptr);

    QGraphicsVideoItem *item() const { return m_item; }
    QVideoSink *videoSink() const;
    // Clockwise degrees: 0, 90, 180 or 270.
    void setRotation(int degrees);
    int rotation() const { return m_rotation; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fit();

    QGraphicsVideoItem *m_item;
    int m_rotation = 0;
};
