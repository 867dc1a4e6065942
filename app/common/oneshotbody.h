#pragma once

#include <QByteArray>
#include <QIODevice>

// A request body that can be read once, from its start, and never rewound
// after its first byte: QNAM silently sends a request again when its
// connection closes before an answer, a POST included, and it does so by
// rewinding the body. A POST /captures sent twice behind the caller's back
// could make two reservations; with this body QNAM ends the request with
// ContentReSendError instead, and the caller decides (and counts).
class OneShotBody : public QIODevice
{
    Q_OBJECT

public:
    explicit OneShotBody(const QByteArray &data, QObject *parent = nullptr);

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_data.size(); }
    bool seek(qint64 pos) override;
    bool atEnd() const override { return pos() >= m_data.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_data;
    bool m_readAny = false;
};
