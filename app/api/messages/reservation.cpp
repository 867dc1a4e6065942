#include "api/messages/reservation.h"

#include "api/messages/capturespec.h"
#include "common/secureurl.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// A minimal scanner over text QJsonDocument has already accepted: it only
// needs to find member names and skip values.
class Scanner
{
public:
    explicit Scanner(const QByteArray &text)
        : m_text(text)
    {
    }

    void skipSpace()
    {
        while (m_pos < m_text.size()
               && (m_text[m_pos] == ' ' || m_text[m_pos] == '\t' || m_text[m_pos] == '\n' || m_text[m_pos] == '\r'))
            ++m_pos;
    }
    bool at(char c)
    {
        skipSpace();
        return m_pos < m_text.size() && m_text[m_pos] == c;
    }
    bool take(char c)
    {
        if (!at(c))
            return false;
        ++m_pos;
        return true;
    }
    // A string literal, decoded (escapes included) by QJsonDocument itself.
    bool string(QString *out)
    {
        if (!at('"'))
            return false;
        const qsizetype start = m_pos++;
        while (m_pos < m_text.size() && m_text[m_pos] != '"')
            m_pos += m_text[m_pos] == '\\' ? 2 : 1;
        if (m_pos >= m_text.size())
            return false;
        ++m_pos;
        const QByteArray literal = '[' + m_text.mid(start, m_pos - start) + ']';
        const QJsonDocument decoded = QJsonDocument::fromJson(literal);
        if (!decoded.isArray())
            return false;
        *out = decoded.array().at(0).toString();
        return true;
    }
    bool skipValue()
    {
        skipSpace();
        if (m_pos >= m_text.size())
            return false;
        const char c = m_text[m_pos];
        if (c == '"') {
            QString ignored;
            return string(&ignored);
        }
        if (c == '{' || c == '[') {
            int depth = 0;
            while (m_pos < m_text.size()) {
                const char d = m_text[m_pos];
                if (d == '"') {
                    QString ignored;
                    if (!string(&ignored))
                        return false;
                    continue;
                }
                if (d == '{' || d == '[')
                    ++depth;
                else if (d == '}' || d == ']')
                    --depth;
                ++m_pos;
                if (depth == 0)
                    return true;
            }
            return false;
        }
        while (m_pos < m_text.size() && !QByteArrayView(",}] \t\r\n").contains(m_text[m_pos]))
            ++m_pos;
        return true;
    }
    // Member names of the object starting here; values skipped.
    bool objectKeys(QStringList *keys)
    {
        if (!take('{'))
            return false;
        if (take('}'))
            return true;
        do {
            QString key;
            if (!string(&key) || !take(':') || !skipValue())
                return false;
            keys->append(key);
        } while (take(','));
        return take('}');
    }

    qsizetype m_pos = 0;

private:
    const QByteArray &m_text;
};

} // namespace

QStringList Reservation::orderedKeys(const QByteArray &json, const QString &member, bool *ok)
{
    *ok = false;
    Scanner scanner(json);
    if (!scanner.take('{'))
        return {};
    QStringList result;
    bool found = false;
    if (scanner.take('}'))
        return {};
    do {
        QString key;
        if (!scanner.string(&key) || !scanner.take(':'))
            return {};
        if (key == member) {
            if (found || !scanner.at('{'))
                return {}; // twice, or not an object
            found = true;
            if (!scanner.objectKeys(&result))
                return {};
        } else if (!scanner.skipValue()) {
            return {};
        }
    } while (scanner.take(','));
    *ok = found;
    return found ? result : QStringList();
}

bool Reservation::fromJson(const QByteArray &body, Reservation *out, QString *problem)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *problem = tr("the reservation is not a JSON object.");
        return false;
    }
    const QJsonObject object = document.object();
    Reservation r;
    auto text = [&object, problem](const char *key, QString *value) {
        const QJsonValue v = object.value(QLatin1String(key));
        if (!v.isString() || v.toString().isEmpty()) {
            *problem = tr("the reservation has no %1.").arg(QLatin1String(key));
            return false;
        }
        *value = v.toString();
        return true;
    };
    QString url;
    QString expires;
    if (!text("session_id", &r.sessionId) || !text("session_group_id", &r.sessionGroupId) || !text("upload_url", &url)
        || !text("upload_expires_at", &expires) || !text("status", &r.status))
        return false;
    if (!object.value(QStringLiteral("upload_fields")).isObject()) {
        *problem = tr("the reservation's upload_fields is missing or not an object.");
        return false;
    }
    r.uploadUrl = QUrl(url, QUrl::StrictMode);
    if (!SecureUrl::isAllowed(r.uploadUrl)) {
        *problem = tr("the upload address is not an https URL.");
        return false;
    }
    r.uploadExpiresAt = CaptureSpec::parseDateTime(expires);
    if (!r.uploadExpiresAt.isValid()) {
        *problem = tr("the reservation's upload_expires_at is not a date-time.");
        return false;
    }
    bool ok = false;
    const QStringList keys = orderedKeys(body, QStringLiteral("upload_fields"), &ok);
    const QJsonObject fields = object.value(QStringLiteral("upload_fields")).toObject();
    if (!ok || keys.size() != fields.size()) {
        *problem = tr("the reservation's upload_fields repeat a name.");
        return false;
    }
    for (const QString &key : keys) {
        const QJsonValue value = fields.value(key);
        if (!value.isString()) {
            *problem = tr("the upload field %1 is not a string.").arg(key);
            return false;
        }
        r.uploadFields.append({ key, value.toString() });
    }
    *out = r;
    return true;
}
