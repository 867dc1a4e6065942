#pragma once

#include "jobs/run/captureapi.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <variant>

// CaptureApi without a network, for tests that decide about answers in
// milliseconds: every call is recorded, and answered from a script given
// beforehand (in call order, per kind of call) or later by hand. Answers
// arrive as the real client's do, from the event loop after the call
// returns, never inside it; a call with nothing scripted waits for answer*().
class FakeCaptureApi : public CaptureApi
{
    Q_OBJECT

public:
    enum class Kind { Reserve, FetchStatus, ListCaptures };
    struct Call
    {
        Kind kind = Kind::Reserve;
        qint64 id = 0; // the job id, or the list's request id
        QByteArray specJson; // Reserve
        QString sessionId; // FetchStatus
        ListQuery query; // ListCaptures
    };
    struct Status
    {
        QString status;
        QString errorText;
    };
    using ReserveAnswer = std::variant<Reserved, Failure>;
    using StatusAnswer = std::variant<Status, Failure>;
    using ListAnswer = std::variant<QList<Listed>, Failure>;

    using CaptureApi::CaptureApi;

    void reserve(qint64 jobId, const QByteArray &specJson) override;
    void fetchStatus(qint64 jobId, const QString &sessionId) override;
    void listCaptures(qint64 requestId, const ListQuery &query) override;

    // Answers for the next calls of each kind, in order.
    void scriptReserve(const ReserveAnswer &answer) { m_reserveScript.append(answer); }
    void scriptStatus(const StatusAnswer &answer) { m_statusScript.append(answer); }
    void scriptList(const ListAnswer &answer) { m_listScript.append(answer); }

    // Answers a call that had nothing scripted (now, from the event loop).
    void answerReserve(qint64 jobId, const ReserveAnswer &answer);
    void answerStatus(qint64 jobId, const StatusAnswer &answer);
    void answerList(qint64 requestId, const ListAnswer &answer);

    const QList<Call> &calls() const { return m_calls; }
    QList<Call> callsOf(Kind kind) const;
    void clearCalls() { m_calls.clear(); }

    // A reservation as POST /captures answers it, open for `minutes`.
    static Reserved reservation(const QString &sessionId, int minutes = 30);
    // A failure without an HTTP answer (timeout, dropped connection).
    static Failure noAnswer(bool timeout = true);
    static Failure httpFailure(int status, const QString &code = {}, bool retryable = false);

private:
    QList<Call> m_calls;
    QList<ReserveAnswer> m_reserveScript;
    QList<StatusAnswer> m_statusScript;
    QList<ListAnswer> m_listScript;
};
