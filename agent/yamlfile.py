"""YAML configuration files with line numbers, checked against a JSON Schema.

Policies and the endpoint catalog are edited by people; a mistake must come back as
"file:line: what is wrong", not as a traceback. This module parses YAML while keeping
the line of every key and item, and validates the result against the subset of JSON
Schema (2020-12) that our schemas use, reporting each error at its line.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

JsonPath = tuple[str | int, ...]


@dataclass(frozen=True)
class ConfigProblem:
    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


class ConfigError(ValueError):
    """One or more problems in a configuration file; str() lists them, one per line."""

    def __init__(self, problems: list[ConfigProblem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass
class YamlDocument:
    file: str
    data: Any
    lines: dict[JsonPath, int]

    def line_of(self, path: JsonPath) -> int:
        """The line of `path`, or of its closest ancestor that has one."""
        while path and path not in self.lines:
            path = path[:-1]
        return self.lines.get(path, 1)

    def problem(self, path: JsonPath, message: str) -> ConfigProblem:
        return ConfigProblem(self.file, self.line_of(path), message)


def load_yaml(path: str | Path, max_bytes: int = 4 * 1024 * 1024) -> YamlDocument:
    """Parse one YAML document, recording the line of each key and list item."""
    name = str(path)
    try:
        raw = Path(path).read_bytes()
    except OSError as err:
        raise ConfigError([ConfigProblem(name, 0, f"cannot read file: {err.strerror}")]) from None
    if len(raw) > max_bytes:
        raise ConfigError([ConfigProblem(name, 0, f"file is larger than {max_bytes} bytes")])
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise ConfigError([ConfigProblem(name, 0, f"file is not UTF-8 (byte {err.start})")]) from None
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            raise ConfigError([ConfigProblem(name, 1, "file is empty")])
        problems: list[ConfigProblem] = []
        lines: dict[JsonPath, int] = {(): node.start_mark.line + 1}
        _record_lines(node, (), lines, problems, name, max_bytes // 4)
        if problems:
            raise ConfigError(problems)
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = mark.line + 1 if mark else 0
        raise ConfigError([ConfigProblem(name, line, f"not valid YAML: {err.problem or err.context}")]) from None
    except yaml.YAMLError as err:
        raise ConfigError([ConfigProblem(name, 0, f"not valid YAML: {err}")]) from None
    finally:
        loader.dispose()
    return YamlDocument(name, data, lines)


def _record_lines(
    node: yaml.Node, path: JsonPath, lines: dict[JsonPath, int], problems: list[ConfigProblem], name: str,
    max_values: int,
) -> None:
    """Each key's and item's line, and duplicate keys. An alias is walked wherever it is
    used, so aliases of aliases multiply ("billion laughs"): the walk stops at `max_values`,
    more than a file within the size limit holds without them."""
    stack = [(node, path)]
    visited = 0
    while stack:
        node, path = stack.pop()
        visited += 1
        if visited > max_values:
            problems.append(ConfigProblem(name, node.start_mark.line + 1, f"the file expands to more than {max_values} "
                                          "values: YAML aliases that repeat aliases?"))
            return
        if isinstance(node, yaml.MappingNode):
            seen: set[str] = set()
            for key_node, value_node in node.value:
                key = str(key_node.value)
                if key in seen:
                    problems.append(ConfigProblem(name, key_node.start_mark.line + 1, f"duplicate key {key!r}"))
                seen.add(key)
                lines[path + (key,)] = key_node.start_mark.line + 1
                stack.append((value_node, path + (key,)))
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                lines[path + (index,)] = item.start_mark.line + 1
                stack.append((item, path + (index,)))


# --- JSON Schema subset -------------------------------------------------------------

_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,),
    "array": (list,),
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "null": (type(None),),
}


def validate(doc: YamlDocument, schema: dict[str, Any]) -> list[ConfigProblem]:
    """Validate `doc.data` against `schema`; supported keywords are listed in `_check`."""
    problems: list[ConfigProblem] = []
    _check(doc, schema, schema, doc.data, (), problems)
    return problems


def _describe(path: JsonPath) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "the document"


def _type_ok(value: Any, expected: str | list[str]) -> bool:
    names = [expected] if isinstance(expected, str) else expected
    for name in names:
        if isinstance(value, bool) and name in ("integer", "number"):
            continue
        if isinstance(value, _TYPES[name]):
            return True
    return False


def _check(
    doc: YamlDocument, root: dict, schema: dict, value: Any, path: JsonPath, problems: list[ConfigProblem]
) -> None:
    if "$ref" in schema:
        ref = schema["$ref"]
        if not ref.startswith("#/$defs/"):
            raise ValueError(f"unsupported $ref {ref}")
        schema = {**root["$defs"][ref.removeprefix("#/$defs/")], **{k: v for k, v in schema.items() if k != "$ref"}}
    where = _describe(path)
    if "type" in schema and not _type_ok(value, schema["type"]):
        expected = schema["type"] if isinstance(schema["type"], str) else " or ".join(schema["type"])
        problems.append(doc.problem(path, f"{where} must be {_article(expected)}, not {_json_type(value)}"))
        return
    if "enum" in schema and value not in schema["enum"]:
        options = ", ".join(str(o) for o in schema["enum"])
        problems.append(doc.problem(path, f"{where} is {value!r}; expected one of: {options}"))
    if "const" in schema and value != schema["const"]:
        problems.append(doc.problem(path, f"{where} must be {schema['const']!r}"))
    if "oneOf" in schema or "anyOf" in schema:
        options = schema.get("oneOf") or schema["anyOf"]
        results = []
        for option in options:
            found: list[ConfigProblem] = []
            _check(doc, root, option, value, path, found)
            results.append(found)
        matching = [r for r in results if not r]
        if not matching or ("oneOf" in schema and len(matching) > 1):
            hint = schema.get("description") or "; ".join(str(r[0].message) for r in results if r)
            problems.append(doc.problem(path, f"{where} does not fit any allowed form: {hint}"))
    if isinstance(value, str):
        if len(value) < schema.get("minLength", 0):
            problems.append(doc.problem(path, f"{where} must not be empty"))
        if "pattern" in schema and not re.search(schema["pattern"], value):
            problems.append(doc.problem(path, f"{where} {value!r} does not match {schema['pattern']}"))
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            problems.append(doc.problem(path, f"{where} must be at least {schema['minimum']}"))
        if "maximum" in schema and value > schema["maximum"]:
            problems.append(doc.problem(path, f"{where} must be at most {schema['maximum']}"))
    if isinstance(value, list):
        if len(value) < schema.get("minItems", 0):
            problems.append(doc.problem(path, f"{where} needs at least {schema['minItems']} item(s)"))
        if "items" in schema:
            for index, item in enumerate(value):
                _check(doc, root, schema["items"], item, path + (index,), problems)
        if schema.get("uniqueItems") and len({repr(v) for v in value}) != len(value):
            problems.append(doc.problem(path, f"{where} lists an item twice"))
    if isinstance(value, dict):
        if len(value) < schema.get("minProperties", 0):
            problems.append(doc.problem(path, f"{where} must not be empty"))
        for key in schema.get("required", []):
            if key not in value:
                problems.append(doc.problem(path, f"{where} is missing the required field {key!r}"))
        properties = schema.get("properties", {})
        extra = schema.get("additionalProperties", True)
        for key, item in value.items():
            if "propertyNames" in schema:
                _check(doc, root, schema["propertyNames"], key, path + (key,), problems)
            if key in properties:
                _check(doc, root, properties[key], item, path + (key,), problems)
            elif extra is False:
                known = ", ".join(sorted(properties))
                problems.append(doc.problem(path + (key,), f"{where} has an unknown field {key!r} (known: {known})"))
            elif isinstance(extra, dict):
                _check(doc, root, extra, item, path + (key,), problems)


def _json_type(value: Any) -> str:
    for name in _TYPES:
        if _type_ok(value, name):
            return _article(name)
    return type(value).__name__


def _article(name: str) -> str:
    return ("an " if name[0] in "aeiou" else "a ") + name


def parse_duration(text: str) -> datetime.timedelta | None:
    """`7d`, `12h` or `30m` as a timedelta; None if `text` is not such a duration."""
    match = re.fullmatch(r"(\d+)([dhm])", text.strip())
    if not match:
        return None
    unit = {"d": "days", "h": "hours", "m": "minutes"}[match.group(2)]
    return datetime.timedelta(**{unit: int(match.group(1))})
