#!/usr/bin/env python3
"""The module graph says what the code imports: for every target in Package.swift, the declared
dependencies (targets of this package and products such as ArgumentParser) must equal the modules
its Swift files import. Exits 1 and lists each difference otherwise. Usage: .ci/check-graph.py"""
import glob
import os
import re
import sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
package = open(os.path.join(root, "Package.swift"), encoding="utf-8").read()
declarations = re.findall(
    r'\.(target|executableTarget|testTarget|systemLibrary)\(\s*name:\s*"(\w+)"(.*?)\n\s*\)?,?\s*(?=\.(?:target|executableTarget|testTarget|systemLibrary)\(|\]\s*\n\)|\Z)',
    package, re.S)
known = {name for _, name, _ in declarations} | set(re.findall(r'\.product\(name:\s*"(\w+)"', package))
problems = []
for kind, name, body in declarations:
    if kind == "systemLibrary":
        continue
    match = re.search(r'dependencies:\s*\[(.*?)\]', body, re.S)
    deps = set(re.findall(r'"(\w+)"', match.group(1))) if match else set()
    deps = {d for d in deps if d in known}
    custom = re.search(r'\bpath:\s*"([^"]+)"', body)
    folder = os.path.join(root, custom.group(1)) if custom else os.path.join(root, "Tests" if kind == "testTarget" else "Sources", name)
    imports = set()
    for path in glob.glob(os.path.join(folder, "**", "*.swift"), recursive=True):
        text = open(path, encoding="utf-8").read()
        imports |= set(re.findall(r'^\s*(?:@testable\s+|@_exported\s+|@preconcurrency\s+)*import\s+(\w+)', text, re.M))
    imports &= known
    if deps != imports:
        problems.append(f"{name}: declared but not imported {sorted(deps - imports)}; imported but not declared {sorted(imports - deps)}")
if problems:
    print("error: Package.swift dependencies differ from the imports:\n  " + "\n  ".join(problems))
    sys.exit(1)
print(f"module graph: {len([d for d in declarations if d[0] != 'systemLibrary'])} targets, declared dependencies = imports")
