#include "upload/s3error.h"

#include <QXmlStreamReader>

S3Error S3Error::parse(const QByteArray &xml)
{
    S3Error result;
    QXmlStreamReader reader(xml);
    if (!reader.readNextStartElement())
        return result;
    const QStringView root = reader.name();
    if (root != u"Error" && root != u"PostResponse")
        return result;
    while (reader.readNextStartElement()) {
        const QString name = reader.name().toString();
        // Only flat elements matter; readElementText skips nested ones safely.
        const QString text = reader.readElementText(QXmlStreamReader::IncludeChildElements);
        if (name == u"Code")
            result.code = text;
        else if (name == u"Message")
            result.message = text;
        else
            result.details.insert(name, text);
    }
    if (reader.hasError() && result.code.isEmpty() && result.details.isEmpty())
        return {};
    return result;
}
