#pragma once

#include <QToolButton>

// One of an either/or choice drawn as a big button (an icon over its text),
// e.g. the camera setups: checkable, and told to assistive technology as a
// radio button (installAccessibility()), not as a check box. Put the buttons
// of one choice in an exclusive QButtonGroup.
class ChoiceButton : public QToolButton
{
    Q_OBJECT

public:
    explicit ChoiceButton(QWidget *parent = nullptr)
        : QToolButton(parent)
    {
        setCheckable(true);
    }
};
