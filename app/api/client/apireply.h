#pragma once

#include "api/client/apierror.h"
#include "api/messages/athlete.h"
#include "api/messages/capture.h"
#include "api/messages/reservation.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QNetworkReply;

// One call to the Uplift API in flight: emits finished() exactly once (also
// after cancel()), then holds either error() or the result the call promised.
// Owned by the caller (parented to the UpliftClient until then; deleteLater()
// it after finished).
class ApiReply : public QObject
{
    Q_OBJECT

public:
    ~ApiReply() override;

    bool isFinished() const { return m_finished; }
    const ApiError &error() const { return m_error; }
    bool succeeded() const { return m_finished && !m_error.isError(); }

    // Filled by the call that produces them; empty otherwise.
    const Reservation &reservation() const { return m_reservation; }
    const Capture &capture() const { return m_capture; }
    const QList<Capture> &captures() const { return m_captures; }
    const QList<Athlete> &athletes() const { return m_athletes; }
    const Athlete &athlete() const { return m_athlete; }
    int pagesFetched() const { return m_pages; }

public slots:
    // Stops the call; finished() follows with an error of kind Cancelled.
    void cancel();

signals:
    void finished();

private:
    friend class UpliftClient;
    explicit ApiReply(QObject *parent);
    void finishWith(const ApiError &error);

    bool m_finished = false;
    bool m_cancelled = false;
    ApiError m_error;
    QPointer<QNetworkReply> m_network;
    Reservation m_reservation;
    Capture m_capture;
    QList<Capture> m_captures;
    QList<Athlete> m_athletes;
    Athlete m_athlete;
    int m_pages = 0;
};
