#pragma once

#include <QElapsedTimer>
#include <QIODevice>
#include <QTimer>

#include <memory>

class BandwidthCap;

// An upload body read no faster than its share of a BandwidthCap: wraps the
// request body S3PostUpload would hand to QNAM (its setBodyWrapper hook). A
// token bucket refills at the share; when it is empty, readData() returns 0
// and readyRead() follows once allowance is back (QNAM waits for it). Random
// access like the body it wraps (QNAM rewinds to resend), with the same size,
// so the Content-Length and the bytes sent are unchanged.
class CappedBody : public QIODevice
{
    Q_OBJECT

public:
    // The body is not owned and must outlive this device; the cap is shared
    // with the queue (a reply may outlive it), which sets its rate from
    // another thread than the one this device is read in.
    CappedBody(QIODevice *body, std::shared_ptr<BandwidthCap> cap, QObject *parent = nullptr);
    ~CappedBody() override;

    bool isSequential() const override;
    qint64 size() const override;
    bool seek(qint64 pos) override;
    bool atEnd() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    void setReading(bool reading);
    // Bytes that may be read now (at most maxSize); 0 when the bucket is empty.
    qint64 take(qint64 maxSize);
    int msUntilAvailable() const;

    QIODevice *m_body;
    std::shared_ptr<BandwidthCap> m_cap;
    QTimer m_wake;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    double m_tokens = 0;
    bool m_reading = false;
};
