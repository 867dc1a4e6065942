#pragma once

// What assistive technology (a screen reader over AT-SPI, as Orca reads the
// window) is told about some controls beyond what Qt 6.4 says by itself.
// Call before the widgets' accessible interfaces are first asked for (the
// window's and the forms' constructors do); safe to call more than once.
//
// - A combo box is linked to its label wherever the label is. On Linux Qt
//   names a combo box by the value it shows and leaves what it is for to the
//   label relation, but links only a label that is the box's sibling: the
//   boxes inside the athlete and session pickers and a movement's dimension
//   boxes had none, so "Handedness" was never read out.
// - A row that assistive technology selects in a combo box's list is chosen,
//   as a click on it would be. Qt 6.4's AT-SPI bridge has no Selection
//   interface; its Table interface (and a row's Toggle action) selects the
//   row, which the combo box ignored.
// - A ChoiceButton (the camera setups) is a radio button, not a check box:
//   one of them, not any of them.
void installAccessibility();
