#include "keyvalueeditor.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

KeyValueEditor::KeyValueEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_add(new QToolButton(this))
    , m_remove(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    layout->addLayout(buttons);

    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setMinimumHeight(60);
    m_table->setMaximumHeight(96);
    m_add->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    m_remove->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));

    connect(m_add, &QToolButton::clicked, this, [this] {
        addRow();
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    connect(m_remove, &QToolButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0) {
            m_table->removeRow(row);
            emit changed();
        }
    });
    connect(m_table, &QTableWidget::itemChanged, this, &KeyValueEditor::changed);
    retranslate();
}

KeyValueEditor::Pairs KeyValueEditor::pairs() const
{
    Pairs result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *key = m_table->item(row, 0);
        const QTableWidgetItem *value = m_table->item(row, 1);
        const QString keyText = key ? key->text().trimmed() : QString();
        if (!keyText.isEmpty())
            result.append({ keyText, value ? value->text() : QString() });
    }
    return result;
}

void KeyValueEditor::setPairs(const Pairs &pairs)
{
    {
        const QSignalBlocker blocker(m_table);
        m_table->setRowCount(0);
        for (const auto &pair : pairs)
            addRow(pair.first, pair.second);
    }
    emit changed();
}

void KeyValueEditor::addRow(const QString &key, const QString &value)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(key));
    m_table->setItem(row, 1, new QTableWidgetItem(value));
}

void KeyValueEditor::retranslate()
{
    m_table->setHorizontalHeaderLabels({ tr("Key"), tr("Value") });
    m_table->setAccessibleName(tr("Key and value pairs"));
    m_add->setToolTip(tr("Add a pair"));
    m_add->setAccessibleName(tr("Add a pair"));
    m_remove->setToolTip(tr("Remove the selected pair"));
    m_remove->setAccessibleName(tr("Remove the selected pair"));
    m_add->setText(QStringLiteral("+"));
    m_remove->setText(QStringLiteral("−"));
}

void KeyValueEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
