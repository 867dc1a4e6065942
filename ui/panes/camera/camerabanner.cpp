#include "camerabanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>

CameraBanner::CameraBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_button(new QPushButton(this))
{
    setObjectName(QStringLiteral("cameraBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    m_icon->setPixmap(QIcon(QStringLiteral(":/icons/source-card.svg")).pixmap(24, 24));
    m_text->setObjectName(QStringLiteral("cameraBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_button->setObjectName(QStringLiteral("cameraBannerButton"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_button);
    connect(m_button, &QPushButton::clicked, this, &CameraBanner::openRequested);
    retranslate();
    hide();
}

void CameraBanner::setText(const QString &text, bool importing)
{
    m_importing = importing;
    m_text->setText(text);
    retranslate();
    setVisible(!text.isEmpty());
}

QString CameraBanner::text() const
{
    return m_text->text();
}

void CameraBanner::retranslate()
{
    m_button->setText(m_importing ? tr("Show…") : tr("Import…"));
    m_button->setAccessibleName(m_importing ? tr("Show the import") : tr("Import from the camera"));
    m_button->setToolTip(tr("Show the videos on the card, camera or phone, and import the new ones"));
}

void CameraBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}
