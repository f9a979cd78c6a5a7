// The probe does nothing by itself: it is a development extension only so that its tests
// module (tests.js) runs inside the extension host next to the installed jekyll-posts.vsix.
exports.activate = () => {};
exports.deactivate = () => {};
