/**
 * A user's application on the module path. yusuan's jars are automatic modules (named by their
 * manifests' Automatic-Module-Name), and an automatic module cannot say what it needs: the
 * application requires Guava and Jackson itself, which the yusuan jars use at run time.
 */
module org.yusuan.budget.it.app {
  requires org.yusuan.budget.core;
  requires org.yusuan.budget.catalog;
  requires org.yusuan.budget.validation;
  requires org.yusuan.budget.disclosure;
  requires com.google.common;
  requires com.fasterxml.jackson.databind;
}
