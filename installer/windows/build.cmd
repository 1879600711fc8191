@echo off
rem FuYuan Desk .msi on Windows (JDK 17+ and WiX Toolset 3.x on PATH: candle.exe, light.exe).
rem Not run on Linux CI: see installer/README.md. Output: target\installer\fuyuan-desk-<version>.msi
cd /d "%~dp0\..\.."
call mvnw.cmd -B -q -Ppackage verify || exit /b 1
rem The upgrade UUID is fixed for the life of the product: a newer .msi replaces the installed version.
jpackage --type msi --dest target\installer --app-image target\installer\fuyuan-desk ^
  --name fuyuan-desk --app-version 0.1.0 --vendor FuYuan ^
  --description "FuYuan Desk (court-government coordination office workbench)" ^
  --license-file LICENSE --resource-dir installer\windows ^
  --win-upgrade-uuid 9ec4651b-8c20-41cb-bc7d-9aac39bb3564 ^
  --win-menu --win-menu-group "FuYuan Desk" --win-shortcut --win-dir-chooser --win-per-user-install
