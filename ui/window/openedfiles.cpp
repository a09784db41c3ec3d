#include "window/openedfiles.h"

namespace seatsim {

StrategyScript OpenedFiles::open(const QString& path, Error& error) {
    if (!PythonAnswer::isPythonFile(path))
        return StrategyScript::load(path, standardProvidedVariables(), error);
    const PythonAnswer python = PythonAnswer::load(path, error);
    const StrategyScript script = python.placeholder();
    if (!python.isNull())
        m_python.insert(script.fileName(), python);
    return script;
}

} // namespace seatsim
