#include "jobdetailspane.h"

#include "common/printabletext.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

JobDetailsPane::JobDetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_message(new QLabel(this))
    , m_history(new QTreeWidget(this))
    , m_technicalToggle(new QToolButton(this))
    , m_technical(new QPlainTextEdit(this))
    , m_copy(new QPushButton(this))
{
    m_title->setObjectName(QStringLiteral("jobDetailsTitle"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_message);
    layout->addWidget(m_history, 1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_technicalToggle);
    row->addStretch();
    row->addWidget(m_copy);
    layout->addLayout(row);
    layout->addWidget(m_technical);

    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_history->setColumnCount(2);
    m_history->setRootIsDecorated(false);
    m_history->header()->setStretchLastSection(true);
    m_technical->setReadOnly(true);
    m_technical->setMaximumHeight(90);
    m_technical->hide();
    m_copy->hide();
    m_technicalToggle->setCheckable(true);
    m_technicalToggle->setAutoRaise(true);
    m_technicalToggle->setArrowType(Qt::RightArrow);
    m_technicalToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_technicalToggle, &QToolButton::toggled, this, [this](bool open) {
        m_technical->setVisible(open);
        m_copy->setVisible(open);
        m_technicalToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_technical->toPlainText()); });
    retranslate();
    clear();
}

void JobDetailsPane::setDetails(const Details &details)
{
    // The file name, the error and the history hold server text: plain
    // text (never rich text a server could style), control characters shown.
    m_title->setText(
        tr("<b>%1</b> — %2").arg(PrintableText::line(details.fileName).toHtmlEscaped(), details.state.toHtmlEscaped()));
    m_message->setText(PrintableText::line(details.coachMessage));
    m_message->setVisible(!details.coachMessage.isEmpty());
    m_history->clear();
    for (const Event &event : details.history) {
        auto *item = new QTreeWidgetItem({ event.when, PrintableText::line(event.what) });
        if (!event.technical.isEmpty())
            item->setToolTip(1, PrintableText::line(event.technical));
        m_history->addTopLevelItem(item);
    }
    m_technical->setPlainText(details.technical);
    m_technicalToggle->setVisible(!details.technical.isEmpty());
    m_history->setEnabled(true);
}

void JobDetailsPane::clear()
{
    m_title->setText(tr("Select an upload to see what happened to it."));
    m_message->clear();
    m_message->hide();
    m_history->clear();
    m_history->setEnabled(false);
    m_technical->clear();
    m_technicalToggle->setChecked(false);
    m_technicalToggle->hide();
}

QString JobDetailsPane::titleText() const
{
    return m_title->text();
}

QString JobDetailsPane::technicalText() const
{
    return m_technical->toPlainText();
}

bool JobDetailsPane::technicalShown() const
{
    return m_technical->isVisible();
}

void JobDetailsPane::retranslate()
{
    m_history->setHeaderLabels({ tr("When"), tr("What happened") });
    m_history->setAccessibleName(tr("Upload history"));
    m_technicalToggle->setText(tr("Technical details"));
    m_technicalToggle->setAccessibleName(tr("Show technical details"));
    m_technical->setAccessibleName(tr("Technical details"));
    m_copy->setText(tr("Copy for Support"));
    m_copy->setAccessibleName(tr("Copy technical details"));
    m_copy->setToolTip(tr("Copy the technical details to send them to Uplift support"));
    m_title->setAccessibleName(tr("Selected upload"));
    m_message->setAccessibleName(tr("What happened"));
}

void JobDetailsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
