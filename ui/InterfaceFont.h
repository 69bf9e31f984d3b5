#pragma once

class QApplication;

// fontconfig falls back to the Japanese Noto CJK face for Chinese text unless told otherwise, and some
// characters then take Japanese shapes: the interface names the Simplified Chinese faces first.
void applyInterfaceFont(QApplication& app);
