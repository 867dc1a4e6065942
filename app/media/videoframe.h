#pragma once

#include <QImage>
#include <QString>

#include <atomic>

// One picture of a video, decoded with FFmpeg in the media plugin
// (MediaEngine::frameAt): the thumbnails of a card's clips (CameraThumbnails).
namespace VideoFrame {

// The picture at or just after atMs, at most maxWidth wide, upright; null
// with the coach's reason in *problem (also when the plugin is missing).
// Blocking: call it off the GUI thread. `cancel` stops it between two reads.
QImage at(const QString &path, qint64 atMs, int maxWidth, const std::atomic<bool> &cancel, QString *problem = nullptr);

} // namespace VideoFrame
