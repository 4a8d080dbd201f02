/** Haven's tests use Debian's chromium; never download a browser on install. */
module.exports = { skipDownload: true };
