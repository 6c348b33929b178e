"""Kiosk mode: the game unattended all day (``rumours kiosk``), its settings file, the facilitator's PIN
and menu, the supervisor that restarts the game after a crash, and the self-test of built apps.

Imports ui and store; the CLI (``cli/kiosk_cmd.py``) wires it. See docs/kiosk.md.
"""
