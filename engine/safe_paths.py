"""Names from outside (hub listings, --file, repo ids, revisions, import and export names) made safe.

Every path Ponder builds from a name it did not choose goes through `inside()`:
the name must be a plain relative path (no absolute paths, drive letters, `..`,
backslashes or control characters) and the result, with symbolic links
resolved, must still lie inside the intended folder. Anything else raises
`UnsafeName` with a message that says what was refused and why.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path, PurePosixPath

from .messages import Text, translate

MAX_NAME = 1024  # characters in a repository-relative file name
MAX_PART = 250  # bytes in one path component: the common limit of 255, less room for ".part"
PARTIAL = ".part"  # the suffix of a download in progress: no name from outside may end with it
# The hub's rule for owner and repository names: letters, digits, '-', '_', '.';
# no leading or trailing '-' or '.', at most 96 characters.
_REPO_PART = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9._-]{0,94}[A-Za-z0-9])?")
_REVISION = re.compile(r"[A-Za-z0-9._/-]{1,255}")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_WINDOWS_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)),
                     *(f"lpt{i}" for i in range(1, 10))}
_FILENAME_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')


class UnsafeName(ValueError):
    """A name from outside that would escape its folder or is not a valid name.

    The message says what was refused and why (a clause: "the file name '…' is too long");
    `refused` is the whole sentence a refused download shows ("Refused: the file name '…' is too long.").
    """

    def __init__(self, reason: str, refused: str | None = None):
        super().__init__(reason)
        self.refused = refused if refused is not None else f"Refused: {reason}."


def _shown(name: object) -> str:
    text = repr(name)
    return text if len(text) <= 80 else text[:77] + "…'"


def check_repo_id(repo_id: object) -> str:
    """`owner/name` as the hub spells it; refused before any request is made."""
    if not isinstance(repo_id, str) or repo_id.count("/") != 1:
        shown = _shown(repo_id)
        raise UnsafeName(
            Text(translate("Engine", "{repo} is not a repository id (expected owner/name)"), repo=shown),
            Text(translate("Engine", "Refused: {repo} is not a repository id (expected owner/name)."), repo=shown))
    for part in repo_id.split("/"):
        if not _REPO_PART.fullmatch(part) or ".." in part or "--" in part:
            shown = _shown(repo_id)
            raise UnsafeName(
                Text(translate("Engine", "{repo} is not a valid repository id: owner and name "
                                         "use letters, digits, '-', '_' and '.' only"), repo=shown),
                Text(translate("Engine", "Refused: {repo} is not a valid repository id: owner and name "
                                         "use letters, digits, '-', '_' and '.' only."), repo=shown))
    return repo_id


def check_revision(revision: object) -> str:
    """A branch, tag or commit (branches may contain '/', as in refs/pr/1)."""
    if (not isinstance(revision, str) or not _REVISION.fullmatch(revision)
            or revision.startswith("/") or any(p in ("", ".", "..") for p in revision.split("/"))):
        shown = _shown(revision)
        raise UnsafeName(Text(translate("Engine", "{revision} is not a valid revision"), revision=shown),
                         Text(translate("Engine", "Refused: {revision} is not a valid revision."), revision=shown))
    return revision


def relative_name(name: object) -> PurePosixPath:
    """A repository-relative file name as its parts; refuses anything that could escape."""
    shown = _shown(name)
    if not isinstance(name, str) or not name:
        raise UnsafeName(Text(translate("Engine", "{name} is not a file name"), name=shown),
                         Text(translate("Engine", "Refused: {name} is not a file name."), name=shown))
    if len(name) > MAX_NAME:
        raise UnsafeName(Text(translate("Engine", "the file name {name} is too long"), name=shown),
                         Text(translate("Engine", "Refused: the file name {name} is too long."), name=shown))
    if _CONTROL.search(name):
        raise UnsafeName(
            Text(translate("Engine", "the file name {name} contains control characters"), name=shown),
            Text(translate("Engine", "Refused: the file name {name} contains control characters."), name=shown))
    if "\\" in name or ":" in name:
        raise UnsafeName(
            Text(translate("Engine", "the file name {name} contains '\\' or ':' (a Windows path?)"), name=shown),
            Text(translate("Engine", "Refused: the file name {name} contains '\\' or ':' (a Windows path?)."),
                 name=shown))
    if name.startswith("/"):
        raise UnsafeName(
            Text(translate("Engine", "the file name {name} is an absolute path"), name=shown),
            Text(translate("Engine", "Refused: the file name {name} is an absolute path."), name=shown))
    parts = name.split("/")
    for part in parts:
        if part in ("", ".", ".."):
            raise UnsafeName(
                Text(translate("Engine", "the file name {name} leaves its folder or has an empty part"),
                     name=shown),
                Text(translate("Engine", "Refused: the file name {name} leaves its folder or has an empty part."),
                     name=shown))
        if len(part.encode("utf-8", "surrogatepass")) > MAX_PART:
            raise UnsafeName(
                Text(translate("Engine", "a part of the file name {name} is too long"), name=shown),
                Text(translate("Engine", "Refused: a part of the file name {name} is too long."), name=shown))
        if part.rstrip(" .") != part or part.split(".")[0].lower() in _WINDOWS_RESERVED:
            raise UnsafeName(
                Text(translate("Engine", "the file name {name} is not valid on every system"), name=shown),
                Text(translate("Engine", "Refused: the file name {name} is not valid on every system."),
                     name=shown))
        if part.lower().endswith(PARTIAL):
            raise UnsafeName(
                Text(translate("Engine", "the file name {name} ends like a partial download ({suffix})"),
                     name=shown, suffix=PARTIAL),
                Text(translate("Engine", "Refused: the file name {name} ends like a partial download ({suffix})."),
                     name=shown, suffix=PARTIAL))
    return PurePosixPath(*parts)


def inside(folder: Path, name: str) -> Path:
    """folder/name, refused unless its folder stays inside folder once links are resolved.

    The last part itself may be a link (an imported model is one); it is replaced, not followed.
    """
    target = folder.joinpath(*relative_name(name).parts)
    root = folder.resolve()
    if not target.parent.resolve().is_relative_to(root):
        shown = _shown(name)
        raise UnsafeName(
            Text(translate("Engine", "the file name {name} leads outside {folder} (through a link)"),
                 name=shown, folder=str(folder)),
            Text(translate("Engine", "Refused: the file name {name} leads outside {folder} (through a link)."),
                 name=shown, folder=str(folder)))
    return target


def repo_folder(models: Path, repo_id: str) -> Path:
    """Where a repository's downloads go: models/owner__name, which must not lead elsewhere."""
    folder = inside(models, check_repo_id(repo_id).replace("/", "__"))
    if not folder.resolve().is_relative_to(models.resolve()):
        raise UnsafeName(
            Text(translate("Engine", "{folder} leads outside {models} (through a link)"),
                 folder=str(folder), models=str(models)),
            Text(translate("Engine", "Refused: {folder} leads outside {models} (through a link)."),
                 folder=str(folder), models=str(models)))
    return folder


def safe_filename(text: str, suffix: str = "", fallback: str = "chat", limit: int = 80) -> str:
    """A file name made from free text (a chat title): no separators, no control characters."""
    text = unicodedata.normalize("NFC", text)
    cleaned = " ".join(_FILENAME_UNSAFE.sub(" ", text).split()).strip(" .")[:limit].rstrip(" .")
    if not cleaned or cleaned.split(".")[0].lower() in _WINDOWS_RESERVED:
        cleaned = fallback
    return cleaned + suffix
