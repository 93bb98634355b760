@echo off
rem Runs package.ps1 beside this file with the arguments Maven gives (see installer\README.md).
powershell -NoProfile -ExecutionPolicy Bypass -File "%~dp0package.ps1" %*
exit /b %ERRORLEVEL%
