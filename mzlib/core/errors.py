"""The one exception type for bad input, with a message that names the file."""


class InputError(ValueError):
    """Input that cannot be used as it is.

    The message is one line: ``FILE[:LINE]: problem. what to do``.
    """

    def __init__(self, file, problem, line=None, hint=""):
        self.file, self.problem, self.line, self.hint = str(file), problem, line, hint
        where = f"{file}:{line}" if line is not None else f"{file}"
        super().__init__(f"{where}: {problem}" + (f". {hint}" if hint else ""))
