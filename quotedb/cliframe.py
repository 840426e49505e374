"""How typer presents quotedb: usage errors as one line, plain Unix-style help, and
cheap argument coercion.  Kept apart from cli.py, which declares the commands."""

from __future__ import annotations

import sys
from enum import Enum

import typer
from typer.core import TyperGroup


class OneLineErrors(TyperGroup):
    """Usage errors as one line, ``quotedb: <what>: <why>``, and exit code 1 (not a
    framed box and 2); help asked by calling a group with no command goes to stdout."""

    def main(self, *args, standalone_mode: bool = True, **kwargs):
        from typer._click import exceptions as click_errors

        try:
            code = super().main(*args, standalone_mode=False, **kwargs)
        except click_errors.NoArgsIsHelpError as exc:
            typer.echo(exc.ctx.get_help())
            code = 0
        except click_errors.UsageError as exc:
            typer.echo(usage_error(exc), err=True)
            code = 1
        except click_errors.ClickException as exc:
            typer.echo(f"quotedb: {exc.format_message()}", err=True)
            code = 1
        except (getattr(click_errors, "Abort", KeyboardInterrupt), KeyboardInterrupt):
            typer.echo("quotedb: interrupted", err=True)
            code = 130
        if not standalone_mode:
            return code
        sys.exit(code if isinstance(code, int) else 0)


def usage_error(exc) -> str:
    """``quotedb: who-said: missing argument QUERY (see quotedb who-said --help)``."""
    message = " ".join(exc.format_message().split()).rstrip(".")
    if message[:1].isupper() and message[1:2].islower():
        message = message[0].lower() + message[1:]
    path = exc.ctx.command_path if exc.ctx is not None else "quotedb"
    where = path.split(" ", 1)[1] + ": " if " " in path else ""
    return f"quotedb: {where}{message} (see {path} --help)"


def _light_coercion() -> None:
    """Typer coerces every parameter through a pydantic TypeAdapter, and importing
    pydantic alone costs ~100 ms, a third of the who-said start-up budget.  Our
    parameters are plain str, int, bool, Enum and list[str]: coerce those directly and
    leave anything else to typer.  Without the internals this relies on, nothing changes."""
    try:
        from dataclasses import dataclass
        from typing import get_args, get_origin

        from typer import core as typer_core
        from typer._click.exceptions import BadParameter
        from typer._coercion import RuntimeParam
    except ImportError:
        return
    original = getattr(typer_core, "build_runtime_param", None)
    if original is None or getattr(original, "_quotedb", False):
        return

    def convert(kind, value, param, ctx):
        if kind is str:
            return str(value)
        if isinstance(kind, type) and issubclass(kind, Enum):
            for member in kind:
                if value == member.value or value is member:
                    return member
            choices = ", ".join(repr(m.value) for m in kind)
            raise BadParameter(f"{value!r} is not one of {choices}.", ctx=ctx, param=param)
        try:
            number = int(value)
        except (TypeError, ValueError):
            raise BadParameter(f"{value!r} is not a valid integer.", ctx=ctx, param=param) from None
        info = param.type_descriptor.parameter_info
        if (info.min is not None and number < info.min) or (info.max is not None and number > info.max):
            low = "" if info.min is None else f"x>={info.min}"
            high = "" if info.max is None else f"x<={info.max}"
            raise BadParameter(f"{number} is not in the range {' and '.join(filter(None, (low, high)))}.",
                               ctx=ctx, param=param)
        return number

    @dataclass(frozen=True)
    class LightParam(RuntimeParam):
        item: type

        def _coerce_value(self, value, param, ctx):
            if get_origin(self.annotation) is list:
                return [convert(self.item, v, param, ctx) for v in value]
            if self.item is bool:
                return value if isinstance(value, bool) else str(value).lower() in ("1", "true", "yes", "y", "on")
            return convert(self.item, value, param, ctx)

    def build(descriptor):
        annotation, info = descriptor.annotation, descriptor.parameter_info
        item = get_args(annotation)[0] if get_origin(annotation) is list else annotation
        simple = item in (str, int, bool) or (isinstance(item, type) and issubclass(item, Enum))
        if (not simple or descriptor.file_annotation is not None or info.parser is not None
                or get_origin(annotation) not in (None, list)):
            return original(descriptor)
        return LightParam(parameter_info=info, annotation=annotation, item=item)

    build._quotedb = True
    typer_core.build_runtime_param = build



def _plain_arguments() -> None:
    """Usage lines and argument lists as Unix tools write them: ``PATH...`` and
    ``[NAME]``, not typer's ``{paths}...`` and ``<list[str]>``.  Without the typer
    internals this relies on, nothing changes."""
    try:
        from typer.core import TyperArgument
    except ImportError:
        return
    if not all(hasattr(TyperArgument, a) for a in
               ("_usage_display_name", "_rich_display_name", "display_type_rich")):
        return

    def display_name(self) -> str:
        name = self.metavar or self.name.upper()
        return name + ("..." if self.nargs != 1 else "")

    def usage_name(self) -> str:
        return display_name(self) if self.required else f"[{display_name(self)}]"

    TyperArgument._rich_display_name = display_name
    TyperArgument._usage_display_name = usage_name
    TyperArgument.display_type_rich = lambda self, ctx: None



def adapt_typer() -> None:
    """Apply both adaptations (each a no-op if typer's internals have moved)."""
    _light_coercion()
    _plain_arguments()
