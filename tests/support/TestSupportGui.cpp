// Nothing but the precompiled header of the widget tests (tests/CMakeLists.txt), which they reuse.
