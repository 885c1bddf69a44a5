import { ApolloProvider } from '@apollo/client/react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { AnnouncerProvider } from '../a11y/Announcer';
import { AuthProvider } from '../auth/AuthProvider';
import { RequireAuth } from '../auth/RequireAuth';
import { SignInPage } from '../auth/SignInPage';
import { Layout } from '../layout/Layout';
import { NotFound } from '../layout/NotFound';
import { apolloClient } from './apollo';
import { protectedRoutes, publicRoutes } from './routes';

const router = createBrowserRouter([
  {
    element: <Layout />,
    errorElement: <NotFound />,
    children: [
      { path: 'sign-in', element: <SignInPage /> },
      { path: 'sign-up', lazy: async () => ({ Component: (await import('../auth/SignUpPage')).SignUpPage }) },
      ...publicRoutes,
      {
        path: 'accessibility',
        lazy: async () => ({
          Component: (await import('../a11y/AccessibilityStatementPage')).AccessibilityStatementPage,
        }),
      },
      { element: <RequireAuth />, children: protectedRoutes },
      { path: '*', element: <NotFound /> },
    ],
  },
]);

export function App() {
  return (
    <ApolloProvider client={apolloClient}>
      <AuthProvider>
        <AnnouncerProvider>
          <RouterProvider router={router} />
        </AnnouncerProvider>
      </AuthProvider>
    </ApolloProvider>
  );
}
